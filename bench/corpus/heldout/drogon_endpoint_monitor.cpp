// corpus: framework=drogon metrics=prometheus shape=helper-param
// shaped after: cvedix/edge_ai_api src/core/request_middleware.cpp, src/core/metrics_interceptor.cpp
//
// A singleton monitor records every request: from a filter-like wrapper
// around the response callback, from an interceptor called by handlers, and
// from a post-handling advice. The method is spelled out by a switch.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;

namespace edge {

class EndpointMonitor {
public:
  static EndpointMonitor &getInstance();

  void recordRequest(const std::string &endpoint, uint64_t response_time_ms, bool is_error) {
    requests_.Add({{"endpoint", endpoint}, {"outcome", is_error ? "error" : "ok"}}).Increment();
    slow_.Add({{"slow", response_time_ms > 1000 ? "yes" : "no"}}).Increment();
  }

  void recordRequest(const std::string &method, const std::string &endpoint, int status,
                     double seconds) {
    latency_
        .Add({{"method", method}, {"endpoint", endpoint}, {"status", std::to_string(status)}},
             prometheus::Histogram::BucketBoundaries{0.01, 0.1, 1, 10})
        .Observe(seconds);
  }

private:
  explicit EndpointMonitor(prometheus::Registry &registry);
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Counter> &slow_;
  prometheus::Family<prometheus::Histogram> &latency_;
};

uint64_t millisSince(std::chrono::steady_clock::time_point start) {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::steady_clock::now() - start)
                                   .count());
}

// Wraps the response callback; the endpoint is captured by value.
void doFilter(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&fcb,
              std::function<void()> &&fccb) {
  auto start_time = std::chrono::steady_clock::now();
  std::string endpoint = req->path();
  auto wrapped_fcb = [start_time, endpoint, fcb = std::move(fcb)](const HttpResponsePtr &resp) {
    bool is_error = static_cast<int>(resp->statusCode()) >= 400;
    EndpointMonitor::getInstance().recordRequest(endpoint, millisSince(start_time), is_error); // LEAK: path
    fcb(resp);
  };
  (void)wrapped_fcb;
  fccb();
}

class MetricsInterceptor {
public:
  static void intercept(const HttpRequestPtr &req, const HttpResponsePtr &resp) {
    std::string endpoint = req->path();
    bool is_error = static_cast<int>(resp->statusCode()) >= 400;
    EndpointMonitor::getInstance().recordRequest(endpoint, 0, is_error); // LEAK: path
  }

  static void callWithMetrics(const HttpRequestPtr &req, const HttpResponsePtr &resp,
                              std::function<void(const HttpResponsePtr &)> &&callback) {
    std::string method;
    switch (req->method()) {
    case drogon::Get: method = "GET"; break;
    case drogon::Post: method = "POST"; break;
    case drogon::Put: method = "PUT"; break;
    case drogon::Delete: method = "DELETE"; break;
    default: method = "UNKNOWN"; break;
    }
    std::string endpoint{req->matchedPathPattern()};
    if (endpoint.empty())
      endpoint = "unmatched";
    int status_code = static_cast<int>(resp->statusCode());
    EndpointMonitor::getInstance().recordRequest(method, endpoint, status_code, 0.0); // SAFE
    callback(resp);
  }
};

void installAdvice() {
  drogon::app().registerPostHandlingAdvice(
      [](const HttpRequestPtr &req, const HttpResponsePtr &resp) {
        EndpointMonitor::getInstance().recordRequest(req->getMethodString(), req->getOriginalPath(), static_cast<int>(resp->statusCode()), 0.0); // LEAK: path
      });
}

void healthCheck() {
  EndpointMonitor::getInstance().recordRequest("/healthz", 0, false); // SAFE
}

} // namespace edge
