// Stub of Crow's include/crow/app.h: the application, CROW_ROUTE and
// CROW_BP_ROUTE (both ways Crow defines them).
#pragma once

#include <cstdint>
#include <string>
#include "crow/http_request.h"
#include "crow/routing.h"
#include "crow/utility.h"

#ifdef CROW_MSVC_WORKAROUND
#define CROW_ROUTE(app, url) app.route_dynamic(url)
#define CROW_BP_ROUTE(blueprint, url) blueprint.new_rule_dynamic(url)
#else
#define CROW_ROUTE(app, url)                                                   \
  app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url)                                          \
  blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
#endif

namespace crow {
template <typename... Middlewares> class Crow {
public:
  using self_t = Crow;

  template <uint64_t Tag>
  typename black_magic::arguments<Tag>::type::template rebind<TaggedRule> &
  route(const std::string &rule);
  DynamicRule &route_dynamic(const std::string &rule);

  template <typename T> typename T::context &get_context(const request &req);
  // The application's instance of one of its middlewares.
  template <typename T> T &get_middleware();

  self_t &port(std::uint16_t port);
  void run();
};

template <typename... Middlewares> using App = Crow<Middlewares...>;
using SimpleApp = Crow<>;
} // namespace crow
