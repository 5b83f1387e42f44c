// Stub of Seastar's include/seastar/net/socket_defs.hh.
#pragma once

#include <cstdint>
#include <ostream>

namespace seastar {
class socket_address {
public:
  uint16_t port() const noexcept;
  bool is_unspecified() const noexcept;
};
std::ostream &operator<<(std::ostream &, const socket_address &);
} // namespace seastar
