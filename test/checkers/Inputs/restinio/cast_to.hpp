// Stub of RESTinio's dev/restinio/cast_to.hpp.
#pragma once

#include <restinio/string_view.hpp>

namespace restinio {
template <typename Value_Type> Value_Type cast_to(string_view_t str_representation);
} // namespace restinio
