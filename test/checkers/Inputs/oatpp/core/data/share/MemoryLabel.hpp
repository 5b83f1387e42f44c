// Stub of Oat++'s src/oatpp/core/data/share/MemoryLabel.hpp (1.3).
#pragma once

#include <string>
#include "oatpp/core/Types.hpp"

namespace oatpp {
namespace data {
namespace share {
class MemoryLabel {
public:
  MemoryLabel();
  const void *getData() const;
  long getSize() const;
  String toString() const;
  std::string std_str() const;
  bool equals(const char *data) const;
};

class StringKeyLabel : public MemoryLabel {
public:
  StringKeyLabel();
  StringKeyLabel(const char *constText);
  StringKeyLabel(const String &str);
};

class StringKeyLabelCI : public MemoryLabel {
public:
  StringKeyLabelCI();
  StringKeyLabelCI(const char *constText);
  StringKeyLabelCI(const String &str);
};
} // namespace share
} // namespace data
} // namespace oatpp
