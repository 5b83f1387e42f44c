// Registering Pistache REST routes with labelguard as they are added.
//
// Pistache keeps its route tree private, so this mirrors
// Pistache::Rest::Routes' registration functions:
//
//   Pistache::Rest::Router router;
//   using labelguard::PistacheRoutes;
//   PistacheRoutes::Get(router, "/users/:id", Routes::bind(&Api::getUser, this));
//   PistacheRoutes::Get(router, "/files/:name?", Routes::bind(&Api::files, this));
//   ...
//   counter.Add({{"path", labelguard::route_label(request.resource())}})
//
// Debian 12's Pistache 0.0.5 headers need -fdelayed-template-parsing with
// clang 19 (they use names in templates before declaring them).
#ifndef LABELGUARD_ADAPTERS_PISTACHE_HPP
#define LABELGUARD_ADAPTERS_PISTACHE_HPP

#if __has_include(<pistache/router.h>)
#include <pistache/router.h>
#else
#error "labelguard/adapters/pistache.hpp needs Pistache's <pistache/router.h>"
#endif

#include <string>
#include <utility>

#include "labelguard/route_guard.hpp"

namespace labelguard {

/// Pistache::Rest::Routes::Get and friends, with the resource registered in
/// the process-wide table first (a malformed one throws before Pistache sees
/// it). Pistache's `:name`, `:name?` and `*` have the same meaning here,
/// except that a trailing `*` matches the rest of the path in the guard and
/// one segment in Pistache: the label is still bounded.
struct PistacheRoutes {
#define LABELGUARD_PISTACHE_ROUTE(Method)                                        \
  template <class Handler>                                                     \
  static void Method(Pistache::Rest::Router &router, const std::string &resource, \
                     Handler &&handler) {                                      \
    register_route(resource);                                                  \
    Pistache::Rest::Routes::Method(router, resource, std::forward<Handler>(handler)); \
  }
  LABELGUARD_PISTACHE_ROUTE(Get)
  LABELGUARD_PISTACHE_ROUTE(Post)
  LABELGUARD_PISTACHE_ROUTE(Put)
  LABELGUARD_PISTACHE_ROUTE(Patch)
  LABELGUARD_PISTACHE_ROUTE(Delete)
  LABELGUARD_PISTACHE_ROUTE(Options)
  LABELGUARD_PISTACHE_ROUTE(Head)
#undef LABELGUARD_PISTACHE_ROUTE
};

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_PISTACHE_HPP
