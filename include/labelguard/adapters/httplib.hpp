// Registering cpp-httplib routes with labelguard as they are added.
//
// cpp-httplib cannot list its routes, so this wraps the registration calls:
//
//   httplib::Server server;
//   labelguard::HttplibRoutes routes(server);
//   // cpp-httplib >= 0.13: one pattern serves both
//   routes.Get("/users/:id", get_user);
//   // any version (Debian 12 ships 0.11.4, whose routes are regexes):
//   routes.Get("/users/:id", R"(/users/(\d+))", get_user);
//   ...
//   counter.Add({{"path", labelguard::route_label(req.path)}})
#ifndef LABELGUARD_ADAPTERS_HTTPLIB_HPP
#define LABELGUARD_ADAPTERS_HTTPLIB_HPP

#if __has_include(<httplib.h>)
#include <httplib.h>
#else
#error "labelguard/adapters/httplib.hpp needs cpp-httplib's <httplib.h>"
#endif

#include <string>
#include <string_view>
#include <utility>

#include "labelguard/detail/config.hpp"
#include "labelguard/detail/route_template.hpp"
#include "labelguard/route_guard.hpp"

namespace labelguard {

namespace detail {

/// CPPHTTPLIB_VERSION ("0.11.4") as major * 1000 + minor, at compile time.
constexpr int httplib_version(const char *v) {
  int major = 0, minor = 0;
  for (; *v >= '0' && *v <= '9'; ++v)
    major = major * 10 + (*v - '0');
  if (*v == '.')
    for (++v; *v >= '0' && *v <= '9'; ++v)
      minor = minor * 10 + (*v - '0');
  return major * 1000 + minor;
}

#ifdef CPPHTTPLIB_VERSION
inline constexpr const char *kHttplibVersionText = CPPHTTPLIB_VERSION;
#else
inline constexpr const char *kHttplibVersionText = "(unknown, < 0.7)";
#endif
inline constexpr int kHttplibVersion = httplib_version(kHttplibVersionText);

/// cpp-httplib >= 0.13 routes a pattern containing "/:" by path parameters
/// and everything else as a std::regex; older versions route everything as a
/// regex. A one-argument registration is only correct when cpp-httplib will
/// route the pattern the way the guard matches the template: plain literal
/// segments, plus `:name` segments from 0.13 on. Returns the problem, or "".
inline std::string httplib_single_pattern_problem(std::string_view pattern) {
  const ParsedTemplate parsed = parse_route_template(pattern);
  if (!parsed.ok())
    return describe_template_problem(pattern, parsed);
  for (const TemplateSegment &s : parsed.segments) {
    if (s.kind == SegmentKind::literal) {
      // '.' is left out: as a regex it also matches itself, so a literal such
      // as "/favicon.ico" routes the same either way.
      if (s.text.find_first_of("\\()[]{}^$|+?*") != std::string_view::npos)
        return "labelguard: \"" + std::string(pattern) +
               "\" looks like a regular expression; register it as "
               "Get(route_template, regex, handler)";
      continue;
    }
    const bool colon_param = s.text.front() == ':' && !s.optional;
    if (!colon_param)
      return "labelguard: cpp-httplib does not route \"" + std::string(s.text) +
             "\" in \"" + std::string(pattern) +
             "\"; pass the route template and cpp-httplib's pattern separately";
    if (kHttplibVersion < 13)
      return std::string("labelguard: cpp-httplib ") + kHttplibVersionText +
             " routes by regular expression only (':name' needs >= 0.13); "
             "register \"" + std::string(pattern) +
             "\" as Get(route_template, regex, handler)";
  }
  return {};
}

} // namespace detail

/// Adds routes to an httplib::Server and registers their templates in the
/// process-wide table, so that route_label(req.path) answers the template.
/// Each method returns *this for chaining, like httplib::Server's own.
class HttplibRoutes {
public:
  explicit HttplibRoutes(::httplib::Server &server) noexcept : server_(server) {}

  ::httplib::Server &server() noexcept { return server_; }

  /// One pattern that is both the route template and cpp-httplib's pattern:
  /// a literal path, or (cpp-httplib >= 0.13) one with `:name` segments.
  /// Throws std::invalid_argument if cpp-httplib would route it differently.
  template <class Handler> HttplibRoutes &Get(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Get(pattern, std::forward<Handler>(h));
    return *this;
  }
  /// The route template for the label and, separately, the regular
  /// expression cpp-httplib routes on (e.g. "/users/:id", R"(/users/(\d+))").
  template <class Handler>
  HttplibRoutes &Get(std::string_view route_template, const std::string &regex,
                     Handler &&h) {
    register_route(route_template);
    server_.Get(regex, std::forward<Handler>(h));
    return *this;
  }

  template <class Handler> HttplibRoutes &Post(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Post(pattern, std::forward<Handler>(h));
    return *this;
  }
  template <class Handler>
  HttplibRoutes &Post(std::string_view route_template, const std::string &regex,
                      Handler &&h) {
    register_route(route_template);
    server_.Post(regex, std::forward<Handler>(h));
    return *this;
  }

  template <class Handler> HttplibRoutes &Put(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Put(pattern, std::forward<Handler>(h));
    return *this;
  }
  template <class Handler>
  HttplibRoutes &Put(std::string_view route_template, const std::string &regex,
                     Handler &&h) {
    register_route(route_template);
    server_.Put(regex, std::forward<Handler>(h));
    return *this;
  }

  template <class Handler> HttplibRoutes &Patch(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Patch(pattern, std::forward<Handler>(h));
    return *this;
  }
  template <class Handler>
  HttplibRoutes &Patch(std::string_view route_template, const std::string &regex,
                       Handler &&h) {
    register_route(route_template);
    server_.Patch(regex, std::forward<Handler>(h));
    return *this;
  }

  template <class Handler> HttplibRoutes &Delete(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Delete(pattern, std::forward<Handler>(h));
    return *this;
  }
  template <class Handler>
  HttplibRoutes &Delete(std::string_view route_template, const std::string &regex,
                        Handler &&h) {
    register_route(route_template);
    server_.Delete(regex, std::forward<Handler>(h));
    return *this;
  }

  template <class Handler> HttplibRoutes &Options(const std::string &pattern, Handler &&h) {
    check_and_register(pattern);
    server_.Options(pattern, std::forward<Handler>(h));
    return *this;
  }
  template <class Handler>
  HttplibRoutes &Options(std::string_view route_template, const std::string &regex,
                         Handler &&h) {
    register_route(route_template);
    server_.Options(regex, std::forward<Handler>(h));
    return *this;
  }

private:
  // Checked before cpp-httplib sees the route, so a rejected pattern leaves
  // neither the server nor the table changed.
  static void check_and_register(const std::string &pattern) {
    const std::string problem = detail::httplib_single_pattern_problem(pattern);
    if (!problem.empty())
      detail::fail_invalid_argument(problem);
    register_route(pattern);
  }

  ::httplib::Server &server_;
};

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_HTTPLIB_HPP
