// corpus: framework=pistache metrics=prometheus shape=name
// corpus-flags: -fdelayed-template-parsing
// shaped after: pistacheio/pistache examples/rest_server.cc
//
// The stats endpoint of the REST example, backed by prometheus-cpp: clients
// record metrics by name through the URL, and read them back.

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

using namespace Pistache;

namespace stats {

class StatsEndpoint {
public:
  StatsEndpoint(Address addr, prometheus::Registry &registry)
      : httpEndpoint(std::make_shared<Http::Endpoint>(addr)), registry_(registry),
        lookups_(prometheus::BuildCounter()
                     .Name("stats_lookups_total")
                     .Help("Lookups of known metrics")
                     .Register(registry)),
        downloads_(prometheus::BuildCounter()
                       .Name("stats_downloads_total")
                       .Help("File downloads")
                       .Register(registry)) {}

  void setupRoutes() {
    using namespace Rest;
    Routes::Post(router, "/record/:name/:value?", Routes::bind(&StatsEndpoint::doRecordMetric, this));
    Routes::Get(router, "/value/:name", Routes::bind(&StatsEndpoint::doGetMetric, this));
    Routes::Get(router, "/files/*", Routes::bind(&StatsEndpoint::doDownload, this));
  }

private:
  void doRecordMetric(const Rest::Request &request, Http::ResponseWriter response) {
    auto name = request.param(":name").as<std::string>();
    std::lock_guard<std::mutex> guard(metricsLock);
    auto it = families_.find(name);
    if (it == families_.end()) {
      auto &family = prometheus::BuildCounter().Name("recorded_" + name).Help("Recorded by clients").Register(registry_); // LEAK: pathparam
      it = families_.emplace(name, &family).first;
    }
    int val = 1;
    if (request.hasParam(":value"))
      val = request.param(":value").as<int>();
    it->second->Add({}).Increment(val); // SAFE
    response.send(Http::Code::Ok, std::to_string(val));
  }

  void doGetMetric(const Rest::Request &request, Http::ResponseWriter response) {
    auto name = request.param(":name").as<std::string>();
    bool known = lookups_.Has({{"name", name}}); // SAFE shape=lookalike
    if (published_.find(name) == published_.end()) {
      response.send(Http::Code::Not_Found, "Metric does not exist");
      return;
    }
    lookups_.Add({{"name", name}}).Increment(); // SAFE shape=guarded
    response.send(Http::Code::Ok, known ? "1" : "0");
  }

  void doDownload(const Rest::Request &request, Http::ResponseWriter response) {
    auto file = request.splatAt(0).as<std::string>();
    downloads_.Add({{"file", file}}).Increment(); // LEAK: pathparam shape=direct
    downloads_.Add({{"name_length", file.size() > 64 ? "long" : "short"}}).Increment(); // SAFE shape=bounded
    auto agent = request.headers().getRaw("User-Agent").value();
    downloads_.Add({{"agent", agent}}).Increment(); // LEAK: header shape=direct
    response.send(Http::Code::Ok);
  }

  std::mutex metricsLock;
  std::shared_ptr<Http::Endpoint> httpEndpoint;
  Rest::Router router;
  prometheus::Registry &registry_;
  prometheus::Family<prometheus::Counter> &lookups_;
  prometheus::Family<prometheus::Counter> &downloads_;
  std::map<std::string, prometheus::Family<prometheus::Counter> *> families_;
  std::set<std::string> published_{"cpu", "memory", "requests"};
};

} // namespace stats
