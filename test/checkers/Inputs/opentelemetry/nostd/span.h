// Stub of opentelemetry-cpp's api/include/opentelemetry/nostd/span.h.
#pragma once

#include <cstddef>
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
template <class T> class span {
public:
  span(T *first, T *last) noexcept;
  std::size_t size() const noexcept;
};
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
