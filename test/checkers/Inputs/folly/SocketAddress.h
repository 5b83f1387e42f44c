// Stub of folly's folly/SocketAddress.h.
#pragma once

#include <cstdint>
#include <string>

namespace folly {
class SocketAddress {
public:
  std::string getAddressStr() const;
  uint16_t getPort() const;
  std::string describe() const;
};
} // namespace folly
