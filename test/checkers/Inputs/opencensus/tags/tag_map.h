// Stub of opencensus-cpp's opencensus/tags/tag_map.h.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>
#include "absl/strings/string_view.h"
#include "opencensus/tags/tag_key.h"

namespace opencensus {
namespace tags {
class TagMap final {
public:
  TagMap(std::initializer_list<std::pair<TagKey, absl::string_view>> tags);
  TagMap(std::vector<std::pair<TagKey, std::string>> tags);
  const std::vector<std::pair<TagKey, std::string>> &tags() const;
};
} // namespace tags
} // namespace opencensus
