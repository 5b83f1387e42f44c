// Stub of userver's core/include/userver/engine/io/sockaddr.hpp.
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <string>

USERVER_NAMESPACE_BEGIN

namespace engine::io {
class Sockaddr final {
public:
  std::string PrimaryAddressString() const;
  int Port() const;
};
} // namespace engine::io

USERVER_NAMESPACE_END
