// Registering Oat++ routes with labelguard where controllers are routed.
//
// Oat++ (1.3) routes each endpoint of a controller by the path its info
// carries: ENDPOINT's path with the controller's router prefix joined to it
// at run time (or whatever setEndpointInfo() put there). The literal in
// ENDPOINT(...) is therefore not always the route; the controller handed to
// the router is. Wrap it where it is added:
//
//   router->addController(labelguard::declare_oatpp_controller(
//       std::make_shared<UserController>()));
//   ...
//   requests.Add({{"path", labelguard::route_label(
//       request->getStartingLine().path.std_str())}}).Increment();
//
// labelguard's fix writes this wrap. No Oat++ header is needed: the
// controller is read the way HttpRouter::addController() reads it
// (getEndpoints().list, each endpoint's info()->path).
#ifndef LABELGUARD_ADAPTERS_OATPP_HPP
#define LABELGUARD_ADAPTERS_OATPP_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "labelguard/declare_route.hpp"
#include "labelguard/detail/config.hpp"
#include "labelguard/route_guard.hpp"

namespace labelguard {

namespace detail {

/// An Oat++ path as Oat++'s router reads it (url::mapping::Pattern::parse):
/// a leading '/' is optional and empty segments are skipped, so a router
/// prefix "/api/" joined to "/users" routes as "/api/users". The guard takes
/// neither a missing '/' nor an empty segment, so the route is written the
/// one way it reads: "/api/users" ("/" for no segment at all).
inline std::string oatpp_route(std::string_view path) {
  std::string route;
  route.reserve(path.size() + 1);
  std::size_t begin = 0;
  while (begin < path.size()) {
    std::size_t end = path.find('/', begin);
    if (end == std::string_view::npos)
      end = path.size();
    if (end > begin) {
      route += '/';
      route.append(path.substr(begin, end - begin));
    }
    begin = end + 1;
  }
  if (route.empty())
    route = "/";
  return route;
}

/// Registers every endpoint's path of an Oat++ ApiController (or anything
/// shaped like one). Never throws: a path the guard cannot read is listed by
/// rejected_routes() as Oat++ holds it.
template <class Controller>
void declare_oatpp_endpoints(Controller &controller) noexcept {
#if LABELGUARD_HAS_EXCEPTIONS
  try {
#endif
    for (const auto &endpoint : controller.getEndpoints().list) {
      if (endpoint == nullptr)
        continue;
      const auto info = endpoint->info();
      if (info == nullptr || !info->path)
        continue;
      const std::string &path = *info->path;
      std::string problem;
      if (!try_register_route(oatpp_route(path), &problem))
        note_rejected(path, problem);
    }
#if LABELGUARD_HAS_EXCEPTIONS
  } catch (...) {
    // An endpoint's info builder threw (out of memory): what is registered
    // stays, and addController() calls the builder again and hands its
    // exception to the service, as it would without the declarer.
  }
#endif
}

} // namespace detail

/// Registers the route of every endpoint of `controller` (a
/// std::shared_ptr to an Oat++ ApiController, or any pointer to one) and
/// returns it unchanged: an lvalue as the very same object, a temporary
/// moved into the result. So `router->addController(
/// labelguard::declare_oatpp_controller(c))` compiles and routes wherever
/// `router->addController(c)` did. A null pointer registers nothing. Never
/// throws, also with -fno-exceptions; declaring twice is a no-op.
template <class Pointer>
Pointer declare_oatpp_controller(Pointer &&controller) noexcept(
    std::is_nothrow_constructible_v<Pointer, Pointer &&>) {
  if (controller != nullptr)
    detail::declare_oatpp_endpoints(*controller);
  return std::forward<Pointer>(controller);
}

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_OATPP_HPP
