// Finding the path inside whatever a framework hands us: a decoded path
// (cpp-httplib's req.path), an origin-form target with a query (Beast's
// target(), Crow's raw_url) or an absolute-form target from a proxy request.
#ifndef LABELGUARD_DETAIL_REQUEST_TARGET_HPP
#define LABELGUARD_DETAIL_REQUEST_TARGET_HPP

#include <cstddef>
#include <string_view>

namespace labelguard::detail {

inline bool is_scheme_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

/// Returns the path of `target` (query and fragment removed) and true, or
/// false when the target has no path we could match: the asterisk form
/// (`OPTIONS *`), the authority form (`CONNECT host:443`) or plain garbage.
/// Dot segments are deliberately not resolved: routing happens on what the
/// server saw, and a label needs no normalisation to stay bounded.
inline bool request_path(std::string_view target, std::string_view &path) noexcept {
  std::size_t end = 0;
  while (end < target.size() && target[end] != '?' && target[end] != '#')
    ++end;
  target = target.substr(0, end);
  if (target.empty()) {
    // "?x=1" or "": the origin-form path is "/" once the query is gone.
    path = std::string_view("/", 1);
    return true;
  }
  if (target.front() == '/') {
    path = target;
    return true;
  }
  // absolute-form: scheme "://" authority [path]  (RFC 9112, 3.2.2)
  std::size_t i = 0;
  const bool alpha_first =
      (target[0] >= 'a' && target[0] <= 'z') || (target[0] >= 'A' && target[0] <= 'Z');
  if (!alpha_first)
    return false;
  while (i < target.size() && is_scheme_char(target[i]))
    ++i;
  if (target.substr(i, 3) != "://")
    return false;
  const std::size_t slash = target.find('/', i + 3);
  path = slash == std::string_view::npos ? std::string_view("/", 1)
                                         : target.substr(slash);
  return true;
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_REQUEST_TARGET_HPP
