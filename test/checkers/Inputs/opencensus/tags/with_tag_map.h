// Stub of opencensus-cpp's opencensus/tags/with_tag_map.h.
#pragma once

#include "opencensus/tags/tag_map.h"

namespace opencensus {
namespace tags {
class WithTagMap {
public:
  explicit WithTagMap(const TagMap &tags, bool cond = true);
  explicit WithTagMap(TagMap &&tags, bool cond = true);
  ~WithTagMap();
  WithTagMap(const WithTagMap &) = delete;
};
} // namespace tags
} // namespace opencensus
