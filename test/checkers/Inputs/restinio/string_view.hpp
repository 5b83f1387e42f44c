// Stub of RESTinio's dev/restinio/string_view.hpp.
#pragma once

#include <string_view>

namespace restinio {
using string_view_t = std::string_view;
} // namespace restinio
