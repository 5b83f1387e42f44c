// Stub of Seastar's include/seastar/core/sstring.hh, as configured with
// Seastar_SSTRING=OFF, where sstring is std::string.
#pragma once

#include <string>

namespace seastar {
using sstring = std::string;
} // namespace seastar
