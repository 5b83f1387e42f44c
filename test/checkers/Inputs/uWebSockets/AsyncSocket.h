// Stub of uWebSockets' src/AsyncSocket.h: the peer's address.
#pragma once

#include <string_view>

namespace uWS {
template <bool SSL> struct AsyncSocket {
  std::string_view getRemoteAddress();
  std::string_view getRemoteAddressAsText();
  unsigned int getRemotePort();
};
} // namespace uWS
