// shaped after: cvedix/edge_ai_api src/core/health_monitor.cpp
#include "endpoint_monitor.h"

namespace edge {

void reportHealthProbe(bool healthy) {
  EndpointMonitor::getInstance().recordRequest("/v1/core/health", 0, !healthy); // SAFE
  EndpointMonitor::getInstance().recordRoute("/v1/core/health", healthy ? 200 : 503); // SAFE
}

} // namespace edge
