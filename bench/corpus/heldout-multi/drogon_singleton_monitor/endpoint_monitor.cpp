// shaped after: cvedix/edge_ai_api src/core/endpoint_monitor.cpp, src/core/performance_monitor.cpp
#include "endpoint_monitor.h"

#include <memory>

namespace edge {

EndpointMonitor::EndpointMonitor(prometheus::Registry &registry)
    : requests_(prometheus::BuildCounter()
                    .Name("edge_endpoint_requests_total")
                    .Help("Requests per endpoint")
                    .Register(registry)),
      routes_(prometheus::BuildCounter()
                  .Name("edge_route_requests_total")
                  .Help("Requests per matched route")
                  .Register(registry)) {}

EndpointMonitor &EndpointMonitor::getInstance() {
  static prometheus::Registry registry;
  static EndpointMonitor instance(registry);
  return instance;
}

void EndpointMonitor::recordRequest(const std::string &endpoint, uint64_t response_time_ms,
                                    bool is_error) {
  requests_.Add({{"endpoint", endpoint}, {"outcome", is_error ? "error" : "ok"}}).Increment();
  (void)response_time_ms;
}

void EndpointMonitor::recordRoute(std::string_view pattern, int status) {
  routes_.Add({{"route", std::string(pattern.empty() ? "unmatched" : pattern)},
               {"status", std::to_string(status)}})
      .Increment();
}

} // namespace edge
