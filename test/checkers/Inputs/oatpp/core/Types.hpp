// Stub of Oat++'s src/oatpp/core/Types.hpp (1.3).
#pragma once

#include "oatpp/core/data/mapping/type/Primitive.hpp"

namespace oatpp {
typedef oatpp::data::mapping::type::String String;
} // namespace oatpp
