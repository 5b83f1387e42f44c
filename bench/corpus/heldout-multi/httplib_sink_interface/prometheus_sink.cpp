// shaped after: 4evour/Tour-Pass src/api.cpp (ServiceMetrics)
#include "metrics_sink.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

namespace svc {
namespace {

class PrometheusSink final : public MetricsSink {
public:
  explicit PrometheusSink(prometheus::Registry &registry)
      : requests_(prometheus::BuildCounter()
                      .Name("svc_http_requests_total")
                      .Help("Requests by route and status")
                      .Register(registry)),
        clients_(prometheus::BuildCounter()
                     .Name("svc_http_clients_total")
                     .Help("Requests by client")
                     .Register(registry)) {}

  void record(const std::string &route, int status) override {
    requests_.Add({{"route", route}, {"status", std::to_string(status)}}).Increment();
  }
  void record_client(const std::string &client) override {
    clients_.Add({{"client", client}}).Increment();
  }

private:
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Counter> &clients_;
};

} // namespace

std::unique_ptr<MetricsSink> make_prometheus_sink(prometheus::Registry &registry) {
  return std::make_unique<PrometheusSink>(registry);
}

} // namespace svc
