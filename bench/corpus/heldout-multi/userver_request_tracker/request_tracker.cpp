// shaped after: userver-framework/userver core/src/server/handlers/http_handler_base_statistics.cpp
#include "request_tracker.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace catalog {
namespace {

prometheus::Registry &registry() {
  static prometheus::Registry r;
  return r;
}

prometheus::Family<prometheus::Counter> &requests() {
  static auto &family = prometheus::BuildCounter()
                            .Name("catalog_requests_total")
                            .Help("Requests by route, method and status")
                            .Register(registry());
  return family;
}

} // namespace

RequestTracker::RequestTracker(std::string route, std::string method)
    : route_(std::move(route)), method_(std::move(method)),
      start_(std::chrono::steady_clock::now()) {}

RequestTracker::~RequestTracker() {
  requests()
      .Add({{"route", route_}, {"method", method_}, {"status", std::to_string(status_)}})
      .Increment();
}

} // namespace catalog
