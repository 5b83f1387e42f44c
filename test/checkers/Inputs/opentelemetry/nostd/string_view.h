// Stub of opentelemetry-cpp's api/include/opentelemetry/nostd/string_view.h.
#pragma once

#include <cstddef>
#include <string>
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd {
class string_view {
public:
  string_view() noexcept;
  string_view(const char *str) noexcept;
  string_view(const std::string &str) noexcept;
  string_view(const char *str, std::size_t len) noexcept;
  const char *data() const noexcept;
  std::size_t size() const noexcept;
};
} // namespace nostd
OPENTELEMETRY_END_NAMESPACE
