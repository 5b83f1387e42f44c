// Stub of opentelemetry-cpp's api/include/opentelemetry/nostd/unique_ptr.h
// and shared_ptr.h (the stub uses the standard pointers).
#pragma once

#include <memory>
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
template <class T> using unique_ptr = std::unique_ptr<T>;
template <class T> using shared_ptr = std::shared_ptr<T>;
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
