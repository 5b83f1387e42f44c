// Stub of served's src/served/parameters.hpp.
#pragma once

#include <string>

namespace served {
class parameters {
public:
  std::string &operator[](std::string const &key);
  void set(std::string const &key, std::string const &value);
  const std::string operator[](std::string const &key) const;
  const std::string get(std::string const &key) const;
};
} // namespace served
