// The example service's request metrics: see metrics.h.

#include "metrics.h"

namespace service {

RequestMetrics::RequestMetrics(prometheus::Registry &registry)
    : requests_(prometheus::BuildCounter()
                    .Name("http_requests_total")
                    .Help("HTTP requests by method, path and status")
                    .Register(registry)) {}

void RequestMetrics::record_request(const std::string &method,
                                    const std::string &path, int status) {
  requests_
      .Add({{"method", method},
            {"path", path},
            {"status", std::to_string(status)}})
      .Increment();
}

} // namespace service
