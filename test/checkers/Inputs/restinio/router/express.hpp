// Stub of RESTinio's dev/restinio/router/express.hpp (0.6/0.7).
#pragma once

#include <functional>
#include <optional>
#include <restinio/request_handler.hpp>
#include <restinio/string_view.hpp>

namespace restinio {
namespace router {

class route_params_t final {
public:
  route_params_t() = default;
  route_params_t(route_params_t &&) = default;
  route_params_t &operator=(route_params_t &&) = default;
  route_params_t(const route_params_t &) = delete;

  string_view_t match() const noexcept;
  string_view_t operator[](string_view_t key) const;
  bool has(string_view_t key) const noexcept;
  std::optional<string_view_t> get_param(string_view_t key) const noexcept;
  string_view_t operator[](std::size_t i) const;
  auto named_parameters_size() const noexcept { return std::size_t{0}; }
};

using express_request_handler_t =
    std::function<request_handling_status_t(request_handle_t, route_params_t)>;

template <typename Regex_Engine = void> class express_router_t {
public:
  void http_get(string_view_t route_path, express_request_handler_t handler);
  void http_post(string_view_t route_path, express_request_handler_t handler);
};

} // namespace router
} // namespace restinio
