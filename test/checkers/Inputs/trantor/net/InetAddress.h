// Stub of trantor's trantor/net/InetAddress.h (Drogon's network layer).
#pragma once

#include <cstdint>
#include <string>

namespace trantor {
class InetAddress {
public:
  std::string toIp() const;
  std::string toIpPort() const;
  uint16_t toPort() const;
  bool isIpV6() const;
};
} // namespace trantor
