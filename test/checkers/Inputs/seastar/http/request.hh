// Stub of Seastar's include/seastar/http/request.hh (master).
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>
#include <seastar/core/sstring.hh>
#include <seastar/http/common.hh>
#include <seastar/net/socket_defs.hh>

namespace seastar {
namespace http {

struct request {
  socket_address _client_address;
  socket_address _server_address;
  sstring _method;
  sstring _url;
  sstring _version;
  size_t content_length = 0;
  std::unordered_map<sstring, sstring> _headers;
  [[deprecated("Use helper methods instead")]] std::unordered_map<sstring, sstring> query_parameters;
  httpd::parameters param;
  [[deprecated("use content_stream (server-side) / write_body (client-side) instead")]] sstring content;
  std::unordered_map<sstring, sstring> trailing_headers;
  sstring protocol_name = "http";

  using query_parameters_type = std::unordered_map<sstring, std::vector<sstring>>;

  const socket_address &get_client_address() const;
  const socket_address &get_server_address() const;
  sstring get_header(const sstring &name) const;
  bool has_query_param(std::string_view key) const;
  sstring get_query_param(std::string_view key,
                          std::string_view default_value = "") const;
  const std::vector<sstring> &get_query_param_array(std::string_view key) const;
  const query_parameters_type &get_query_params() const;
  sstring get_path_param(const sstring &key) const;
  sstring get_protocol_name() const;
  sstring get_url() const;
  bool is_multi_part() const;
  bool is_form_post() const;
};

} // namespace http
} // namespace seastar
