// A bounded label for the HTTP method.
#ifndef LABELGUARD_METHOD_LABEL_HPP
#define LABELGUARD_METHOD_LABEL_HPP

#include <array>
#include <string>
#include <string_view>

#include "labelguard/detail/immortal.hpp"

namespace labelguard {

/// The nine methods of RFC 9110 and RFC 5789 as themselves, anything else as
/// `"_OTHER"`, as OpenTelemetry's `http.request.method` does. Methods are
/// case-sensitive (RFC 9110, 9.1), so "get" is `"_OTHER"`. An unbounded
/// method label was CVE-2022-21698 in the Prometheus Go client.
inline const std::string &method_label(std::string_view method) noexcept {
  enum { GET, HEAD, POST, PUT, DELETE_, CONNECT, OPTIONS, TRACE, PATCH, OTHER };
  static const detail::Immortal<std::array<std::string, 10>> labels(
      std::array<std::string, 10>{"GET", "HEAD", "POST", "PUT", "DELETE",
                                  "CONNECT", "OPTIONS", "TRACE", "PATCH",
                                  "_OTHER"});
  const auto &l = labels.get();
  switch (method.size()) {
  case 3:
    if (method == "GET") return l[GET];
    if (method == "PUT") return l[PUT];
    break;
  case 4:
    if (method == "POST") return l[POST];
    if (method == "HEAD") return l[HEAD];
    break;
  case 5:
    if (method == "PATCH") return l[PATCH];
    if (method == "TRACE") return l[TRACE];
    break;
  case 6:
    if (method == "DELETE") return l[DELETE_];
    break;
  case 7:
    if (method == "OPTIONS") return l[OPTIONS];
    if (method == "CONNECT") return l[CONNECT];
    break;
  default:
    break;
  }
  return l[OTHER];
}

} // namespace labelguard

#endif // LABELGUARD_METHOD_LABEL_HPP
