// Stub of RESTinio's dev/restinio/value_or.hpp.
#pragma once

#include <optional>
#include <restinio/cast_to.hpp>
#include <restinio/router/express.hpp>
#include <restinio/uri_helpers.hpp>

namespace restinio {
template <typename Value_Type, typename Parameter_Container>
Value_Type value_or(const Parameter_Container &params, string_view_t key,
                    Value_Type default_value);
template <typename Value_Type, typename Parameter_Container>
std::optional<Value_Type> opt_value(const Parameter_Container &params,
                                    string_view_t key);
} // namespace restinio
