// Stub of {fmt}'s fmt/format.h (fmt 10): format lives in the inline
// namespace fmt::v10.
#pragma once

#include <string>

namespace fmt {
inline namespace v10 {
template <typename... T> std::string format(const char *fmt, T &&...args);
template <typename T> std::string to_string(const T &value);
} // namespace v10
} // namespace fmt
