// Stub of Crow's include/crow/middleware_context.h: the context a
// middleware's handlers get as their last argument when they take one
// (template <typename AllContext> ... AllContext &), one member context per
// middleware of the application. Crow's crow::detail::after_handler_call
// passes it as mw.after_handle(req, res, ctx.template get<MW>(), ctx).
#pragma once

#include <tuple>

namespace crow {
namespace detail {
template <typename... Middlewares> struct context {
  std::tuple<typename Middlewares::context...> contexts;
  template <typename T> typename T::context &get() {
    return std::get<typename T::context>(contexts);
  }
};
} // namespace detail
} // namespace crow
