// Stub of opentelemetry-cpp's api/include/opentelemetry/version.h (1.x, ABI
// v1): every name sits in an inline ABI namespace.
#pragma once

#define OPENTELEMETRY_ABI_VERSION_NO 1
#define OPENTELEMETRY_BEGIN_NAMESPACE                                          \
  namespace opentelemetry {                                                    \
  inline namespace v1 {
#define OPENTELEMETRY_END_NAMESPACE                                            \
  }                                                                            \
  }
