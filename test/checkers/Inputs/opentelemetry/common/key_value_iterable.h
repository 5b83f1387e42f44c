// Stub of opentelemetry-cpp's api/include/opentelemetry/common/
// key_value_iterable.h.
#pragma once

#include "opentelemetry/common/attribute_value.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common {
class KeyValueIterable {
public:
  virtual ~KeyValueIterable() = default;
  virtual std::size_t size() const noexcept = 0;
};
} // namespace common
OPENTELEMETRY_END_NAMESPACE
