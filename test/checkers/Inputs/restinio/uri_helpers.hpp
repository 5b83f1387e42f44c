// Stub of RESTinio's dev/restinio/uri_helpers.hpp (0.6/0.7).
#pragma once

#include <optional>
#include <restinio/cast_to.hpp>
#include <restinio/string_view.hpp>

namespace restinio {
class query_string_params_t final {
public:
  string_view_t operator[](string_view_t key) const;
  bool has(string_view_t key) const noexcept;
  std::optional<string_view_t> get_param(string_view_t key) const noexcept;
  auto size() const noexcept { return std::size_t{0}; }
  bool empty() const noexcept;
};

template <typename Value_Type>
Value_Type get(const query_string_params_t &params, string_view_t key) {
  return cast_to<Value_Type>(params[key]);
}

namespace parse_query_traits {
struct restinio_defaults {};
} // namespace parse_query_traits

template <typename Parse_Traits = parse_query_traits::restinio_defaults>
query_string_params_t parse_query(string_view_t original_query_string);
} // namespace restinio
