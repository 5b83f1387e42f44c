// Stub of Abseil's absl/strings/string_view.h (as built with
// ABSL_USES_STD_STRING_VIEW).
#pragma once

#include <string_view>

namespace absl {
using std::string_view;
} // namespace absl
