// Stub of userver's core/include/userver/server/handlers/
// http_handler_base.hpp (2.x).
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <string>
#include <userver/server/handlers/handler_config.hpp>
#include <userver/server/http/http_request.hpp>

USERVER_NAMESPACE_BEGIN

namespace server::request {
class RequestContext;
} // namespace server::request

namespace server::handlers {
class HandlerBase {
public:
  virtual ~HandlerBase();
  const HandlerConfig &GetConfig() const;
};

class HttpHandlerBase : public HandlerBase {
public:
  const std::string &HandlerName() const;
  virtual std::string HandleRequestThrow(const http::HttpRequest &request,
                                         request::RequestContext &context) const;
};
} // namespace server::handlers

USERVER_NAMESPACE_END
