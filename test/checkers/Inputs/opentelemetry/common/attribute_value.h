// Stub of opentelemetry-cpp's api/include/opentelemetry/common/
// attribute_value.h (the stub uses std::variant).
#pragma once

#include <cstdint>
#include <variant>
#include "opentelemetry/nostd/string_view.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common {
using AttributeValue = std::variant<bool, int32_t, int64_t, uint32_t, double,
                                    const char *, nostd::string_view, uint64_t>;
} // namespace common
OPENTELEMETRY_END_NAMESPACE
