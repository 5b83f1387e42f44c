// Stub of Oat++'s src/oatpp/core/data/share/LazyStringMap.hpp (1.3).
#pragma once

#include <list>
#include "oatpp/core/Types.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"

namespace oatpp {
namespace data {
namespace share {
template <typename Key> class LazyStringMultimap {
public:
  String get(const Key &key) const;
  std::list<String> getAll(const Key &key) const;
  long getSize() const;
};
} // namespace share
} // namespace data
} // namespace oatpp
