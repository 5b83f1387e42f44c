// Stub of opencensus-cpp's opencensus/tags/scoped_tags.h.
#pragma once

#include <initializer_list>
#include <utility>
#include "absl/strings/string_view.h"
#include "opencensus/tags/tag_key.h"

namespace opencensus {
namespace tags {
class ScopedTags {
public:
  explicit ScopedTags(
      std::initializer_list<std::pair<TagKey, absl::string_view>> tags);
  ~ScopedTags();
  ScopedTags(const ScopedTags &) = delete;
};

// Catch a bug where no name is given and the object is immediately discarded.
#define ScopedTags(x)                                                          \
  do {                                                                         \
    static_assert(false, "ScopedTags needs to be an object on the stack");    \
  } while (0)
} // namespace tags
} // namespace opencensus
