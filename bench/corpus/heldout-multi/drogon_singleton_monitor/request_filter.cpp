// shaped after: cvedix/edge_ai_api src/core/request_middleware.cpp, src/core/metrics_interceptor.cpp
#include <chrono>
#include <functional>
#include <string>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>

#include "endpoint_monitor.h"

using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;

namespace edge {

void doFilter(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&fcb,
              std::function<void()> &&fccb) {
  auto start_time = std::chrono::steady_clock::now();
  std::string endpoint = req->path();
  auto wrapped_fcb = [start_time, endpoint, fcb = std::move(fcb)](const HttpResponsePtr &resp) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start_time)
                  .count();
    bool is_error = static_cast<int>(resp->statusCode()) >= 400;
    EndpointMonitor::getInstance().recordRequest(endpoint, static_cast<uint64_t>(ms), is_error); // LEAK: path
    fcb(resp);
  };
  (void)wrapped_fcb;
  fccb();
}

void intercept(const HttpRequestPtr &req, const HttpResponsePtr &resp) {
  int status = static_cast<int>(resp->statusCode());
  EndpointMonitor::getInstance().recordRoute(req->matchedPathPattern(), status); // SAFE
  EndpointMonitor::getInstance().recordRequest(req->getHeader("x-forwarded-for"), 0, status >= 400); // LEAK: header
}

} // namespace edge
