// Registering cpp-httplib routes with labelguard as they are added.
//
// cpp-httplib cannot list its routes, so this wraps the registration calls:
//
//   httplib::Server server;
//   labelguard::HttplibRoutes routes(server);
//   // any version: a regex whose segments are literals or whole-segment
//   // captures is translated into a template (here "/users/<uint>")
//   routes.Get(R"(/users/(\d+))", get_user);
//   // cpp-httplib >= 0.13: a ':name' pattern is the template itself
//   routes.Get("/users/:id", get_user);
//   // any version, any regex: the template and the regex separately
//   routes.Get("/users/:id", R"(/users/(\d+))", get_user);
//
// Without the wrapper, labelguard::declare_httplib_route(pattern) around the
// pattern of a plain svr.Get(...) does the same (route_guard.hpp).
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

#ifdef CPPHTTPLIB_VERSION
inline constexpr const char *kHttplibVersionText = CPPHTTPLIB_VERSION;
#else
inline constexpr const char *kHttplibVersionText = "(unknown, < 0.7)";
#endif
inline constexpr int kHttplibVersion = httplib_version(kHttplibVersionText);

/// The problem with a ':name' pattern (one containing "/:") on cpp-httplib
/// >= 0.13, which routes it by path parameters: only literal segments and
/// plain `:name` segments mean the same to cpp-httplib and to the guard.
/// Returns "" when there is none.
inline std::string httplib_colon_pattern_problem(std::string_view pattern) {
  const ParsedTemplate parsed = parse_route_template(pattern);
  if (!parsed.ok())
    return describe_template_problem(pattern, parsed);
  for (const TemplateSegment &s : parsed.segments) {
    if (s.kind == SegmentKind::literal)
      continue;
    const bool colon_param = s.text.front() == ':' && !s.optional;
    if (!colon_param)
      return "labelguard: cpp-httplib does not route \"" + escape_for_message(s.text) +
             "\" in \"" + escape_for_message(pattern) +
             "\"; pass the route template and cpp-httplib's pattern separately";
  }
  return {};
}

/// Registers one cpp-httplib pattern the way cpp-httplib will route it, or
/// returns why it cannot: a ':name' pattern on >= 0.13 as that template,
/// anything else as a regex translated into a template (see
/// register_regex_route()). A ':name' pattern on a version that routes it as
/// a regex (0.11) is refused: it is the newer syntax on the older library.
inline std::string httplib_register_single_pattern(std::string_view pattern) {
  const bool colon = pattern.find("/:") != std::string_view::npos;
  if (colon && kHttplibVersion < 13)
    return std::string("labelguard: cpp-httplib ") + kHttplibVersionText +
           " routes by regular expression only (':name' needs >= 0.13); register \"" +
           escape_for_message(pattern) + "\" as a regex or as Get(route_template, regex, handler)";
  if (colon) {
    std::string problem = httplib_colon_pattern_problem(pattern);
    if (problem.empty() && !try_register_route(pattern, &problem) && problem.empty())
      problem = "labelguard: out of memory";
    return problem;
  }
  std::string problem;
  if (!try_register_regex_route(pattern, &problem) && problem.empty())
    problem = "labelguard: out of memory";
  return problem;
}

} // namespace detail

/// Adds routes to an httplib::Server and registers their templates in the
/// process-wide table, so that route_label(req.path) answers the template.
/// Each method returns *this for chaining, like httplib::Server's own.
class HttplibRoutes {
public:
  explicit HttplibRoutes(::httplib::Server &server) noexcept : server_(server) {}

  ::httplib::Server &server() noexcept { return server_; }

  /// One pattern, read as cpp-httplib reads it: with cpp-httplib >= 0.13 a
  /// pattern containing "/:" is the template itself (literal and `:name`
  /// segments); any other pattern is a regex, registered as the template it
  /// translates to (see register_regex_route()). Throws
  /// std::invalid_argument, before cpp-httplib sees the route, when the
  /// pattern cannot be registered that way.
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
    const std::string problem = detail::httplib_register_single_pattern(pattern);
    if (!problem.empty())
      detail::fail_invalid_argument(problem);
  }

  ::httplib::Server &server_;
};

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_HTTPLIB_HPP
