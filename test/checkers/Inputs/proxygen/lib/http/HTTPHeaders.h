// Stub of Proxygen's proxygen/lib/http/HTTPHeaders.h.
#pragma once

#include <cstddef>
#include <string>

namespace proxygen {
class HTTPHeaders {
public:
  const std::string &getSingleOrEmpty(const std::string &name) const;
  std::size_t getNumberOfValues(const std::string &name) const;
  bool exists(const std::string &name) const;
  void set(const std::string &name, const std::string &value);
  std::size_t size() const;
};
} // namespace proxygen
