// Stub of folly's folly/Range.h: StringPiece.
#pragma once

#include <cstddef>
#include <string>

namespace folly {
template <class Iter> class Range {
public:
  Range();
  Range(const std::string &str);
  std::string str() const;
  std::string toString() const;
  std::size_t size() const;
  bool empty() const;
};
using StringPiece = Range<const char *>;
} // namespace folly
