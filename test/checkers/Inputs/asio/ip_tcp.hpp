// Stub of the few Asio names RESTinio's request exposes (standalone asio).
#pragma once

#include <string>

namespace asio {
namespace ip {
class address {
public:
  std::string to_string() const;
};
class tcp {
public:
  class endpoint {
  public:
    ip::address address() const;
    unsigned short port() const;
  };
};
} // namespace ip
} // namespace asio
