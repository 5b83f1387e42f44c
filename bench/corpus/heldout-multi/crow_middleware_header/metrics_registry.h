// shaped after: CrowCpp/Crow include/crow/middlewares/cors.h (a middleware that keeps a rule list)
#pragma once

#include <string>

namespace shop {

class MetricsRegistry {
public:
  static MetricsRegistry &instance();
  void observe(const std::string &route, int code);
  void observe_agent(const std::string &agent);
};

} // namespace shop
