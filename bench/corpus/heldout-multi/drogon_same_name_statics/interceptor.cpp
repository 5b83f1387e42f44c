// shaped after: cvedix/edge_ai_api src/core/metrics_interceptor.cpp
#include <iostream>
#include <string>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <prometheus/registry.h>

#include "families.h"

namespace edge {

prometheus::Family<prometheus::Counter> &endpointFamily() {
  static prometheus::Registry registry;
  static auto &family = prometheus::BuildCounter()
                            .Name("edge_endpoint_requests_total")
                            .Help("Requests per endpoint")
                            .Register(registry);
  return family;
}

// Here record() labels and count() only logs.
static void record(const std::string &endpoint) {
  endpointFamily().Add({{"endpoint", endpoint}}).Increment();
}

static void count(const std::string &endpoint) {
  std::clog << "interceptor saw " << endpoint << "\n";
}

void intercept(const drogon::HttpRequestPtr &req, const drogon::HttpResponsePtr &) {
  record(req->path()); // LEAK: path
  count(req->path()); // SAFE
  record(std::string(req->matchedPathPattern())); // SAFE
}

} // namespace edge
