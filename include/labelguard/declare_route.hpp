// Pass-through declarations: register a route where the service declares it.
//
//   svr.Get(labelguard::declare_route("/users/:id"), handler);          // a template
//   svr.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), h);   // cpp-httplib's rule
//   ADD_METHOD_TO(Users::get, labelguard::declare_drogon_route("/users/{id}"), Get);
//
// Each returns the very object it was given, so the call compiles wherever
// the literal did; it registers the pattern in the process-wide table on the
// way. They never throw and never abort (also with -fno-exceptions): a
// pattern they cannot register is left out, and rejected_routes() lists it.
// labelguard's fix-its insert these calls. Included by route_guard.hpp.
#ifndef LABELGUARD_DECLARE_ROUTE_HPP
#define LABELGUARD_DECLARE_ROUTE_HPP

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "labelguard/detail/config.hpp"
#include "labelguard/route_guard.hpp"

namespace labelguard {

namespace detail {

/// "0.11.4" as major * 1000 + minor, at compile time; 0 for "".
constexpr int httplib_version(const char *v) {
  int major = 0, minor = 0;
  if (*v == '\0')
    return 0;
  for (; *v >= '0' && *v <= '9'; ++v)
    major = major * 10 + (*v - '0');
  if (*v == '.')
    for (++v; *v >= '0' && *v <= '9'; ++v)
      minor = minor * 10 + (*v - '0');
  return major * 1000 + minor;
}

// The cpp-httplib version in sight when this header is first read: its
// rule decides how declare_httplib_route() reads a pattern containing "/:".
// Unknown (httplib.h included later, or not at all): the rule of 0.13 and
// later, the versions that have it.
#ifdef CPPHTTPLIB_VERSION
#define LABELGUARD_DETAIL_HTTPLIB_VERSION ::labelguard::detail::httplib_version(CPPHTTPLIB_VERSION)
#else
#define LABELGUARD_DETAIL_HTTPLIB_VERSION 0
#endif

/// Patterns declare_route() and declare_httplib_route() refused, with why.
struct Rejections {
  /// A service declares a bounded set of patterns; a caller who declares
  /// raw paths by mistake must not grow memory without bound.
  static constexpr std::size_t max_entries = 1024;
  std::mutex mutex;
  std::vector<std::string> patterns;
  std::vector<std::string> problems;
};

inline Rejections &rejections() noexcept {
  static Rejections *const r = new Rejections(); // never destroyed, like the table
  return *r;
}

inline void note_rejected(std::string_view pattern, const std::string &problem) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
  try {
#endif
    Rejections &r = rejections();
    std::lock_guard<std::mutex> lock(r.mutex);
    for (const std::string &p : r.patterns)
      if (p == pattern)
        return; // declared twice: listed once
    if (r.patterns.size() >= Rejections::max_entries)
      return;
    r.patterns.emplace_back(pattern);
    r.problems.push_back(problem);
#if LABELGUARD_HAS_EXCEPTIONS
  } catch (...) { // out of memory: the rejection goes unlisted, nothing else
  }
#endif
}

template <class S> struct dependent_false : std::false_type {};

/// The text of a pattern: a string literal, a const char *, std::string,
/// std::string_view, or anything with data() and size(). Null is "".
template <class S> std::string_view pattern_text(const S &pattern) noexcept {
  if constexpr (std::is_convertible_v<const S &, const char *>) {
    const char *p = pattern;
    return p == nullptr ? std::string_view() : std::string_view(p);
  } else if constexpr (std::is_convertible_v<const S &, std::string_view>) {
    return std::string_view(pattern);
  } else if constexpr (is_string_like<S>::value) {
    return std::string_view(pattern.data(), static_cast<std::size_t>(pattern.size()));
  } else {
    static_assert(dependent_false<S>::value, "a route pattern must be a string");
    return {};
  }
}

/// cpp-httplib's rule: from 0.13 on, a pattern containing "/:" is a path
/// with ':name' parameters and anything else a std::regex; before 0.13 every
/// pattern is a regex. A plain literal such as "/health" is both.
inline bool try_register_httplib_pattern(std::string_view pattern, int httplib_version,
                                         std::string *problem) noexcept {
  const bool path_parameters = (httplib_version == 0 || httplib_version >= 13) &&
                               pattern.find("/:") != std::string_view::npos;
  return path_parameters ? try_register_route(pattern, problem)
                         : try_register_regex_route(pattern, problem);
}

/// Drogon maps query parameters written in a pattern
/// ("/users/{id}?lang={lang}"): the route is the part before '?'.
inline std::string_view drogon_route_part(std::string_view pattern) noexcept {
  const std::size_t query = pattern.find('?');
  return query == std::string_view::npos ? pattern : pattern.substr(0, query);
}

} // namespace detail

/// Registers `pattern` as a route template (any syntax register_route()
/// takes) and returns the very same object, so that
/// `svr.Get(labelguard::declare_route("/users/:id"), h)` compiles wherever
/// `svr.Get("/users/:id", h)` did. Never throws: a malformed pattern is not
/// registered and rejected_routes() lists it. Declaring twice is a no-op.
template <class S> const S &declare_route(const S &pattern) noexcept {
  const std::string_view text = detail::pattern_text(pattern);
  std::string problem;
  if (!try_register_route(text, &problem))
    detail::note_rejected(text, problem);
  return pattern;
}

/// declare_route() for a cpp-httplib pattern, read by cpp-httplib's own rule:
/// cpp-httplib >= 0.13 routes a pattern containing "/:" by ':name'
/// parameters (registered as that template) and anything else as a
/// std::regex; 0.11 routes every pattern as a regex. A regex is registered as
/// the template it translates to (see register_regex_route()). The version is
/// the one of <httplib.h> when it is included before this header; otherwise
/// the >= 0.13 rule applies (the two differ only for a pattern containing
/// "/:"). Never throws; what it cannot register, rejected_routes() lists.
template <class S> const S &declare_httplib_route(const S &pattern) noexcept {
  const std::string_view text = detail::pattern_text(pattern);
  std::string problem;
  if (!detail::try_register_httplib_pattern(text, LABELGUARD_DETAIL_HTTPLIB_VERSION, &problem))
    detail::note_rejected(text, problem);
  return pattern;
}

/// declare_route() for a Drogon pattern (registerHandler, ADD_METHOD_TO,
/// PATH_ADD): '{name}', '{1}' and '{}' placeholders, and query parameters
/// mapped in the pattern ("/users/{id}?lang={lang}"), of which the part
/// before '?' is the route registered. Never throws; what it cannot
/// register, rejected_routes() lists (as written).
template <class S> const S &declare_drogon_route(const S &pattern) noexcept {
  const std::string_view text = detail::pattern_text(pattern);
  std::string problem;
  if (!try_register_route(detail::drogon_route_part(text), &problem))
    detail::note_rejected(text, problem);
  return pattern;
}

/// The patterns declare_route(), declare_httplib_route() and
/// declare_drogon_route() could not register, in the order first declared,
/// each once (at most 1,024).
inline std::vector<std::string> rejected_routes() {
  detail::Rejections &r = detail::rejections();
  std::lock_guard<std::mutex> lock(r.mutex);
  return r.patterns;
}

/// Why: the message for each entry of rejected_routes(), in the same order
/// (the pattern, the problem and its offset), e.g. for a start-up log line.
inline std::vector<std::string> rejected_route_problems() {
  detail::Rejections &r = detail::rejections();
  std::lock_guard<std::mutex> lock(r.mutex);
  return r.problems;
}

} // namespace labelguard

#endif // LABELGUARD_DECLARE_ROUTE_HPP
