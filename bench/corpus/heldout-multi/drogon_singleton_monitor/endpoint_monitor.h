// shaped after: cvedix/edge_ai_api src/core/endpoint_monitor.cpp, include/core/request_middleware.h
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

namespace edge {

class EndpointMonitor {
public:
  static EndpointMonitor &getInstance();

  void recordRequest(const std::string &endpoint, uint64_t response_time_ms, bool is_error);
  void recordRoute(std::string_view pattern, int status);

private:
  explicit EndpointMonitor(prometheus::Registry &registry);
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Counter> &routes_;
};

} // namespace edge
