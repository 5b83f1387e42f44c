// shaped after: abin-z/httplibDemo full_demo/controller/include/controller/base_controller.h;
//               4evour/Tour-Pass src/api.cpp (ServiceMetrics::recordRequest)
#pragma once

#include <memory>
#include <string>

namespace prometheus {
class Registry;
}

namespace svc {

class MetricsSink {
public:
  virtual ~MetricsSink() = default;
  virtual void record(const std::string &route, int status) = 0;
  virtual void record_client(const std::string &client) = 0;
};

std::unique_ptr<MetricsSink> make_prometheus_sink(prometheus::Registry &registry);

} // namespace svc
