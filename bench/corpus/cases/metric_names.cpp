// corpus: framework=httplib metrics=prometheus shape=name
// Metric *names* built from request data: every distinct value creates a
// new metric (family, instrument, statsd key, userver path, collector).
#include <httplib.h>
#include <cpp-statsd-client/StatsdClient.hpp>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>
#include <Poco/Prometheus/Counter.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <userver/utils/statistics/writer.hpp>
#include "opentelemetry/metrics/meter.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

void names(const httplib::Request &req, prometheus::Registry &registry, opentelemetry::metrics::Meter &meter,
           const Statsd::StatsdClient &statsd, seastar::metrics::metric_groups &groups,
           userver::utils::statistics::Writer &writer) {
  const std::string tenant = req.get_header_value("X-Tenant");

  auto &per_tenant = prometheus::BuildCounter()
                         .Name("requests_" + tenant) // LEAK: header
                         .Help("Requests per tenant")
                         .Register(registry);
  per_tenant.Add({}).Increment();

  auto &fixed = prometheus::BuildCounter().Name("requests_total").Help("All requests").Register(registry); // SAFE
  fixed.Add({}).Increment();

  auto counter = meter.CreateUInt64Counter("http.path" + req.path); // LEAK: path metrics=opentelemetry
  counter->Add(1);
  auto ok = meter.CreateUInt64Counter("http.server.requests"); // SAFE metrics=opentelemetry
  ok->Add(1);

  statsd.increment("api" + req.path); // LEAK: path metrics=statsd
  statsd.timing("latency." + tenant, 12); // LEAK: header metrics=statsd
  statsd.increment("api.requests"); // SAFE metrics=statsd

  static uint64_t n = 0;
  groups.add_group("http", {
      seastar::metrics::make_counter("requests_" + req.get_param_value("kind"), n), // LEAK: query metrics=seastar-metrics
      seastar::metrics::make_counter("requests", n), // SAFE metrics=seastar-metrics
  });

  writer[req.get_param_value("metric")] = 1; // LEAK: query metrics=userver-metrics
  writer["requests"] = 1; // SAFE metrics=userver-metrics

  auto collector = std::make_shared<drogon::monitoring::Collector<drogon::monitoring::Counter>>(
      "requests_" + tenant, "per tenant", std::vector<std::string>{"route"}); // LEAK: header metrics=drogon-monitoring
  collector->metric({"/"})->increment(); // SAFE metrics=drogon-monitoring

  Poco::Prometheus::Counter poco_counter("requests_" + req.remote_addr); // LEAK: address metrics=poco-prometheus
  poco_counter.inc();
}
