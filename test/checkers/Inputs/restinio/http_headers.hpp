// Stub of RESTinio's dev/restinio/http_headers.hpp (0.6/0.7): header fields
// (shared by requests and responses) and the request header.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include <restinio/string_view.hpp>

namespace restinio {

class http_header_field_t {
public:
  const std::string &name() const noexcept;
  const std::string &value() const noexcept;
};

class http_header_fields_t {
public:
  using fields_container_t = std::vector<http_header_field_t>;
  using const_iterator = fields_container_t::const_iterator;

  virtual ~http_header_fields_t() {}
  bool has_field(string_view_t field_name) const noexcept;
  void set_field(std::string field_name, std::string field_value);
  const std::string &get_field(string_view_t field_name) const;
  const std::string *try_get_field(string_view_t field_name) const noexcept;
  std::string get_field_or(string_view_t field_name, string_view_t default_value) const;
  string_view_t value_of(string_view_t name) const;
  std::optional<string_view_t> opt_value_of(string_view_t name) const noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
  auto fields_count() const noexcept { return std::size_t{0}; }
};

struct http_header_common_t : public http_header_fields_t {
  std::uint64_t content_length() const noexcept;
};

class http_method_id_t {
public:
  const char *c_str() const noexcept;
};

struct http_request_header_t final : public http_header_common_t {
  http_method_id_t method() const noexcept;
  const std::string &request_target() const noexcept;
  string_view_t path() const noexcept;
  string_view_t query() const noexcept;
  string_view_t fragment() const;
};

struct http_response_header_t final : public http_header_common_t {};

} // namespace restinio
