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

/// Skips what comes before the path in `target` and returns true, or returns
/// false when the target has no path we could match: the asterisk form
/// (`OPTIONS *`), the authority form (`CONNECT host:443`) or plain garbage.
///
/// The result still ends with the query and fragment, if any: the segment
/// scanner stops at the first '?' or '#' itself, so the path's bytes are
/// read once, not once to find the query and again to split it.
/// Dot segments are deliberately not resolved: routing happens on what the
/// server saw, and a label needs no normalisation to stay bounded.
inline bool skip_to_path(std::string_view target, std::string_view &rest) noexcept {
  if (target.empty() || target.front() == '/' || target.front() == '?' ||
      target.front() == '#') {
    rest = target; // "", "?x=1": the root once the query is gone
    return true;
  }
  // absolute-form: scheme "://" authority [path]  (RFC 9112, 3.2.2)
  const char first = target.front();
  if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
    return false;
  std::size_t i = 1;
  while (i < target.size() && is_scheme_char(target[i]))
    ++i;
  if (target.substr(i, 3) != "://")
    return false;
  i += 3;
  while (i < target.size() && target[i] != '/' && target[i] != '?' && target[i] != '#')
    ++i;
  rest = target.substr(i);
  return true;
}

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_REQUEST_TARGET_HPP
