// A made-up framework and metrics API for the option tests: nothing in the
// built-in knowledge names it.
#pragma once

#include <string>
#include <vector>

namespace mylib {
struct Req {
  std::string uri;
  std::string verb;
  bool read_cookie(const std::string &name, std::string &value) const;
};
class Meter {
public:
  Meter &create(const std::string &name);
  void tag(const std::string &key, const std::string &value);
};
std::string join(const std::string &a, const std::string &b);
std::string bucket(const std::string &raw);
std::string opaque(const std::string &raw);
} // namespace mylib
