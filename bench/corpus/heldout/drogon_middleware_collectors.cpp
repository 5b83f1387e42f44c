// corpus: framework=drogon metrics=drogon shape=lambda
// shaped after: drogonframework/drogon examples/prometheus_example/filters/PromStat.cc;
//               tanglong3bf/DrogonLearning FourPlugins/FourPluginsDemo/filters/TimerMiddleware.cc
//
// Two middlewares that feed the collectors declared in the PromExporter
// plugin's configuration: one keyed by the matched route pattern (as the
// upstream example does), one keyed by whatever the request carried.

#include <chrono>
#include <string>
#include <vector>

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpMiddleware.h>
#include <drogon/plugins/PromExporter.h>
#include <drogon/utils/monitoring/Counter.h>
#include <drogon/utils/monitoring/Histogram.h>

using namespace drogon;
using namespace std::chrono_literals;

namespace shopfront {

const std::vector<double> kLatencyBuckets{0.005, 0.025, 0.1, 0.5, 2.5};

double secondsSince(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
      .count();
}

// Counts and times requests by the route pattern the router matched.
class RouteStats : public HttpMiddleware<RouteStats> {
public:
  void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
              MiddlewareCallback &&mcb) override {
    std::string pattern{req->matchedPathPattern()};
    if (pattern.empty())
      pattern = "unmatched";
    std::string verb = req->methodString();
    auto *exporter = app().getPlugin<plugin::PromExporter>();
    if (exporter) {
      auto requests =
          exporter->getCollector<monitoring::Counter>("http_requests_total");
      if (requests)
        requests->metric({verb, pattern})->increment(); // SAFE
    }
    auto started = std::chrono::steady_clock::now();
    nextCb([exporter, pattern, verb, started,
            mcb = std::move(mcb)](const HttpResponsePtr &resp) {
      mcb(resp);
      if (!exporter)
        return;
      auto latency = exporter->getCollector<monitoring::Histogram>(
          "http_request_duration_seconds");
      std::string code = std::to_string(static_cast<int>(resp->statusCode()));
      latency->metric({verb, pattern, code}, kLatencyBuckets, 1h, 6) // SAFE
          ->observe(secondsSince(started));
    });
  }
};

// Times requests by their path: the continuation keeps the request alive
// and reads the path once the handler has answered.
class PathTimer : public HttpMiddleware<PathTimer> {
public:
  void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
              MiddlewareCallback &&mcb) override {
    auto started = std::chrono::steady_clock::now();
    nextCb([req, started, mcb = std::move(mcb)](const HttpResponsePtr &resp) {
      mcb(resp);
      static auto *exporter = app().getPlugin<plugin::PromExporter>();
      exporter
          ->getCollector<monitoring::Histogram>("http_request_duration_seconds")
          ->metric({req->getPath()}, // LEAK: path
                   kLatencyBuckets, 1min, 5)
          ->observe(secondsSince(started));
    });
  }
};

// Counts by endpoint; the endpoint is copied before the chain runs.
class EndpointCounter : public HttpMiddleware<EndpointCounter> {
public:
  void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
              MiddlewareCallback &&mcb) override {
    std::string endpoint = req->getOriginalPath();
    std::string client = req->getHeader("x-client-id");
    std::string matched{req->getMatchedPathPattern()};
    nextCb([endpoint, client, matched, mcb = std::move(mcb)](
               const HttpResponsePtr &resp) {
      mcb(resp);
      static auto *exporter = app().getPlugin<plugin::PromExporter>();
      auto total =
          exporter->getCollector<monitoring::Counter>("endpoint_requests_total");
      total->metric({endpoint})->increment();           // LEAK: path
      total->metric({matched, client})->increment();    // LEAK: header
      total->metric({matched.empty() ? "none" : matched})->increment(); // SAFE
    });
  }
};

} // namespace shopfront
