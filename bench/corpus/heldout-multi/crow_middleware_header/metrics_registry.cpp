// shaped after: jupp0r/prometheus-cpp pull/src/handler.cc (families kept by one object)
#include "metrics_registry.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

namespace shop {
namespace {

struct Families {
  prometheus::Registry registry;
  prometheus::Family<prometheus::Counter> &requests = prometheus::BuildCounter()
                                                          .Name("shop_requests_total")
                                                          .Help("Requests by route and code")
                                                          .Register(registry);
  prometheus::Family<prometheus::Counter> &agents = prometheus::BuildCounter()
                                                        .Name("shop_agents_total")
                                                        .Help("Requests by user agent")
                                                        .Register(registry);
};

Families &families() {
  static Families f;
  return f;
}

} // namespace

MetricsRegistry &MetricsRegistry::instance() {
  static MetricsRegistry r;
  return r;
}

void MetricsRegistry::observe(const std::string &route, int code) {
  families().requests.Add({{"route", route}, {"code", std::to_string(code)}}).Increment();
}

void MetricsRegistry::observe_agent(const std::string &agent) {
  families().agents.Add({{"agent", agent}}).Increment();
}

} // namespace shop
