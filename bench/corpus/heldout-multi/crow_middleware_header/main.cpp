// shaped after: CrowCpp/Crow examples/example_middleware.cpp
#include <crow.h>

#include "request_metrics.h"

namespace shop {
void register_routes(crow::App<RequestMetrics> &app);
} // namespace shop

int main() {
  crow::App<shop::RequestMetrics> app;
  shop::register_routes(app);
  app.port(18080).run();
  return 0;
}
