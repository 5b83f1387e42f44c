// Stub of opentelemetry-cpp's api/include/opentelemetry/trace/span.h: span
// attributes, which are not metric labels.
#pragma once

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/nostd/string_view.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace {
class Span {
public:
  virtual ~Span() = default;
  virtual void SetAttribute(nostd::string_view key,
                            const common::AttributeValue &value) noexcept = 0;
  virtual void AddEvent(nostd::string_view name) noexcept = 0;
};
} // namespace trace
OPENTELEMETRY_END_NAMESPACE
