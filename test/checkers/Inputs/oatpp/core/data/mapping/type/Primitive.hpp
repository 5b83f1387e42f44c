// Stub of Oat++'s src/oatpp/core/data/mapping/type/Primitive.hpp (1.3):
// oatpp::String, a shared std::string.
#pragma once

#include <memory>
#include <string>

namespace oatpp {
namespace data {
namespace mapping {
namespace type {
class String {
  std::shared_ptr<std::string> m_ptr;

public:
  String();
  String(std::nullptr_t);
  String(const char *str);
  String(const std::string &str);
  std::string *operator->() const;
  std::string &operator*() const;
  bool operator==(std::nullptr_t) const;
  bool operator!=(std::nullptr_t) const;
  explicit operator bool() const;
  std::string getValue(const std::string &defaultValue) const;
};
} // namespace type
} // namespace mapping
} // namespace data
} // namespace oatpp
