// Registering Drogon's routes with labelguard from Drogon's own route list.
//
// Drogon lists its handlers (HttpAppFramework::getHandlersInfo()) once its
// controllers are set up, so register them when the app begins:
//
//   drogon::app().registerBeginningAdvice([] {
//     labelguard::register_drogon_routes();
//   });
//
// Inside handlers prefer Drogon's own answer, which needs no matching:
//   labelguard::matched_route_label(req->matchedPathPattern())
// and use route_label(req->path()) where there is no matched request (filters,
// pre-routing advices).
#ifndef LABELGUARD_ADAPTERS_DROGON_HPP
#define LABELGUARD_ADAPTERS_DROGON_HPP

#if __has_include(<drogon/HttpAppFramework.h>)
#include <drogon/HttpAppFramework.h>
#else
#error "labelguard/adapters/drogon.hpp needs Drogon's <drogon/HttpAppFramework.h>"
#endif

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "labelguard/route_guard.hpp"

namespace labelguard {

struct DrogonRouteRegistration {
  std::size_t registered = 0;       ///< patterns registered (or already present)
  std::vector<std::string> skipped; ///< regex routes and malformed patterns, each with why
};

namespace detail {

/// registerHandlerViaRegex() routes appear in getHandlersInfo() as their
/// regular expression, which would otherwise parse as a nonsense literal.
inline bool looks_like_regex(std::string_view pattern) noexcept {
  return pattern.find_first_of("\\()[]^$|+") != std::string_view::npos ||
         pattern.find(".*") != std::string_view::npos;
}

} // namespace detail

/// Registers every path pattern `app` reports (HTTP and WebSocket
/// controllers, simple controllers, registerHandler() lambdas). Never throws
/// for a pattern it cannot use: it is listed in `skipped` instead, so one
/// regex route does not stop a service from starting.
inline DrogonRouteRegistration
register_drogon_routes(const drogon::HttpAppFramework &app = drogon::app()) {
  DrogonRouteRegistration result;
  for (const auto &info : app.getHandlersInfo()) {
    const std::string &pattern = std::get<0>(info);
    const std::string_view route = detail::drogon_route_part(pattern);
    if (detail::looks_like_regex(route)) {
      result.skipped.push_back("labelguard: \"" + pattern +
                               "\" is a regular-expression route; register its "
                               "template with register_route()");
      continue;
    }
    std::string problem;
    if (try_register_route(route, &problem))
      ++result.registered;
    else
      result.skipped.push_back(problem);
  }
  return result;
}

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_DROGON_HPP
