// Stub of opencensus-cpp's opencensus/tags/tag_key.h.
#pragma once

#include <string>
#include "absl/strings/string_view.h"

namespace opencensus {
namespace tags {
class TagKey final {
public:
  static TagKey Register(absl::string_view name);
  const std::string &name() const;
};
} // namespace tags
} // namespace opencensus
