// shaped after: CrowCpp/Crow examples/example_middleware.cpp
#include <string>

#include <crow.h>

#include "request_metrics.h"

namespace shop {

void register_routes(crow::App<RequestMetrics> &app) {
  CROW_ROUTE(app, "/health")
  ([]() {
    MetricsRegistry::instance().observe("/health", 200); // SAFE
    return std::string("ok");
  });

  CROW_ROUTE(app, "/item/<string>")
  ([](std::string item) {
    MetricsRegistry::instance().observe("/item/" + item, 200); // LEAK: pathparam
    return std::string("item");
  });
}

} // namespace shop
