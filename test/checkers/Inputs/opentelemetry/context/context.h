// Stub of opentelemetry-cpp's api/include/opentelemetry/context/context.h.
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace context {
class Context {
public:
  Context() = default;
};
} // namespace context
OPENTELEMETRY_END_NAMESPACE
