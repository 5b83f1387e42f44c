// Stub of userver's core/include/userver/server/handlers/handler_config.hpp.
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <string>
#include <variant>

USERVER_NAMESPACE_BEGIN

namespace server::handlers {
enum class FallbackHandler { kImplicitOptions };

struct HandlerConfig {
  std::variant<std::string, FallbackHandler> path;
  std::string task_processor;
  std::string method;
};
} // namespace server::handlers

USERVER_NAMESPACE_END
