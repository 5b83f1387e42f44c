// Stub of Drogon's lib/inc/drogon/HttpMiddleware.h (v1.9): the middleware
// interface (the DrObject registration base is left out).
#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/drogon_callbacks.h>

namespace drogon {
class HttpMiddlewareBase {
public:
  virtual void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
                      MiddlewareCallback &&mcb) = 0;
  virtual ~HttpMiddlewareBase() = default;
};

template <typename T, bool AutoCreation = true>
class HttpMiddleware : public HttpMiddlewareBase {
public:
  static constexpr bool isAutoCreation{AutoCreation};
  ~HttpMiddleware() override = default;
};
} // namespace drogon
