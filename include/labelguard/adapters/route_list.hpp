// Route templates for hand-rolled routers (Boost.Beast, POCO, CivetWeb,
// cpprestsdk): a plain list, and a small dispatcher built on RouteTable.
//
//   // 1. You already have a table of routes: register it.
//   static const std::pair<const char *, Handler> kRoutes[] = {
//       {"/users/:id", get_user}, {"/health", health}};
//   labelguard::register_route_list(kRoutes);
//
//   // 2. Or let the list route for you, and get the label with the handler.
//   labelguard::RouteList<Handler> routes{{"/users/:id", get_user},
//                                         {"/health", health}};
//   auto m = routes.match(req.target());
//   if (m.handler) (*m.handler)(req, res);
//   counter.Add({{"path", m.label()}})   // or route_label(req.target())
#ifndef LABELGUARD_ADAPTERS_ROUTE_LIST_HPP
#define LABELGUARD_ADAPTERS_ROUTE_LIST_HPP

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "labelguard/detail/config.hpp"
#include "labelguard/route_guard.hpp"
#include "labelguard/route_table.hpp"

namespace labelguard {

namespace detail {

/// The template of one list element: the element itself if it is a string,
/// else its first member (std::pair, std::tuple, std::map's value_type).
template <class Element> std::string_view route_template_of(const Element &e) {
  if constexpr (std::is_convertible_v<const Element &, std::string_view>)
    return std::string_view(e);
  else
    return std::string_view(std::get<0>(e));
}

} // namespace detail

/// Registers every template of `routes` in the process-wide table, all or
/// nothing (see register_routes()). Any range: containers, ranges that yield
/// their elements by value, single-pass ranges read from a stream. Each
/// template is copied while its element is alive.
template <class Range> void register_route_list(Range &&routes) {
  std::vector<std::string> templates;
  for (auto &&element : routes)
    templates.emplace_back(detail::route_template_of(element));
  register_routes(templates);
}

/// A route list that dispatches: templates in a RouteTable, handlers in a
/// parallel array. Every template is also registered in the process-wide
/// table, so route_label() agrees with the dispatcher. Build it, then share
/// it read-only: match() is lock-free and does not allocate.
template <class Handler> class RouteList {
public:
  struct Match {
    const Handler *handler;   ///< null when no template matched
    const std::string *route; ///< the template, or "unregistered-path"; never null
    const std::string &label() const noexcept { return *route; }
  };

  RouteList() = default;
  RouteList(std::initializer_list<std::pair<std::string_view, Handler>> routes) {
    for (const auto &route : routes)
      add(route.first, route.second);
  }

  /// Throws std::invalid_argument for a malformed template or one already in
  /// the list (two handlers for one route is a bug a router should not hide).
  RouteList &add(std::string_view route_template, Handler handler) {
    const std::size_t before = table_.size();
    table_.add(route_template);
    if (table_.size() == before)
      detail::fail_invalid_argument("labelguard: route template \"" +
                                    std::string(route_template) +
                                    "\" is already in the list");
    handlers_.push_back(std::move(handler));
    register_route(route_template);
    return *this;
  }

  Match match(std::string_view raw_path_or_target) const noexcept {
    const std::size_t i = table_.find(raw_path_or_target);
    if (i == RouteTable::npos)
      return {nullptr, &unregistered_label()};
    return {&handlers_[i], &table_.route_template(i)};
  }

  const RouteTable &table() const noexcept { return table_; }
  std::size_t size() const noexcept { return handlers_.size(); }

private:
  RouteTable table_;
  std::vector<Handler> handlers_;
};

} // namespace labelguard

#endif // LABELGUARD_ADAPTERS_ROUTE_LIST_HPP
