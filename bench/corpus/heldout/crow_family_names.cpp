// corpus: framework=crow metrics=prometheus shape=name
// shaped after: pistacheio/pistache examples/rest_server.cc (metrics created by name on request);
//               valhalla/valhalla src/worker.cc (keys named after a fixed action table)
//
// Families created on demand, keyed by a name. Names that come from the
// service's own table are fine; names that come from the request are not.

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <crow.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

namespace names {

class FamilyCache {
public:
  explicit FamilyCache(prometheus::Registry &registry) : registry_(registry) {}

  prometheus::Family<prometheus::Counter> &get(const std::string &name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = families_.find(name);
    if (it != families_.end())
      return *it->second;
    auto &family = prometheus::BuildCounter().Name(name).Help("on demand").Register(registry_);
    families_.emplace(name, &family);
    return family;
  }

private:
  prometheus::Registry &registry_;
  std::mutex mutex_;
  std::map<std::string, prometheus::Family<prometheus::Counter> *> families_;
};

const char *FeatureName(const std::string &feature) {
  static const std::map<std::string, const char *> table{
      {"search", "feature_search_total"}, {"export", "feature_export_total"}};
  auto it = table.find(feature);
  return it == table.end() ? "feature_other_total" : it->second;
}

void register_routes(crow::SimpleApp &app, FamilyCache &cache, prometheus::Registry &registry) {
  CROW_ROUTE(app, "/tenant/<string>/ping")
  ([&cache](std::string tenant) {
    cache.get(tenant + "_requests_total").Add({}).Increment(); // LEAK: pathparam shape=helper-param
    cache.get("tenant_requests_total").Add({{"kind", "ping"}}).Increment(); // SAFE shape=helper-param
    return std::string("pong");
  });

  CROW_ROUTE(app, "/feature/<string>")
  ([&cache, &registry](std::string feature) {
    cache.get(FeatureName(feature)).Add({}).Increment(); // SAFE shape=helper-param
    auto &direct = prometheus::BuildCounter().Name("feature_" + feature).Help("per feature").Register(registry); // LEAK: pathparam
    direct.Add({}).Increment();
    return std::string("ok");
  });
}

void count_by_header(const crow::request &req) {
  auto collector = std::make_shared<drogon::monitoring::Collector<drogon::monitoring::Counter>>(
      "client_" + req.get_header_value("X-Client") + "_total", "per client", std::vector<std::string>{}); // LEAK: header
  collector->metric({})->increment();
  auto fixed = std::make_shared<drogon::monitoring::Collector<drogon::monitoring::Counter>>(
      "client_requests_total", "all clients", std::vector<std::string>{"kind"}); // SAFE
  fixed->metric({req.get_header_value("X-Client").empty() ? "anonymous" : "identified"})->increment(); // SAFE shape=bounded
}

} // namespace names
