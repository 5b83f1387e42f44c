// Stub of lithium's single-header lithium_http_server.hh (master): the
// request of libraries/http_server/http_server/request.hh. The metamaps
// url_parameters()/get_parameters()/post_parameters() fill are any struct
// here.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace li {

struct http_response {
  void write(std::string_view body);
  void set_header(std::string_view key, std::string_view value);
};

struct http_request {
  std::string_view header(const char *k) const;
  std::string_view cookie(const char *k) const;
  std::string ip_address() const;

  template <typename O> O url_parameters(O res) const;
  template <typename O> O get_parameters(O res) const;
  template <typename O> O post_parameters(O res) const;

  std::string_view url_spec;
};

enum class http_verb { GET, POST, PUT, DELETE, ANY };

struct api_route {
  void operator=(std::function<void(http_request &, http_response &)> handler);
};

template <typename Req, typename Resp> struct api {
  api_route &operator()(http_verb verb, std::string_view url);
  api_route &get(std::string_view url);
};

using http_api = api<http_request, http_response>;

} // namespace li
