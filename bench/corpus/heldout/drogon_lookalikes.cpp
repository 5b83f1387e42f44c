// corpus: framework=drogon metrics=prometheus shape=lookalike
// shaped after: cvedix/edge_ai_api src/core/performance_monitor.cpp (per-endpoint stats rendered as JSON);
//               4evour/Tour-Pass src/api.cpp (error bodies with the path);
//               open-telemetry/opentelemetry-cpp examples/http/server.cc (request data on the span)
//
// Request data in places that are not metric labels: a JSON-like body, a
// structured log call that takes prometheus::Labels, a response header, a
// cache, a Family::Has lookup, a configuration struct's path, and metric
// values. One real label sits among them.

#include <cstdint>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/histogram.h>
#include <prometheus/labels.h>

using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;

namespace looks {

struct ServerConfig {
  std::string path = "/api";
  std::string name = "edge";
};

void logEvent(const std::string &event, const prometheus::Labels &fields) {
  std::clog << event;
  for (const auto &f : fields)
    std::clog << ' ' << f.first << '=' << f.second;
  std::clog << '\n';
}

class PerformanceMonitor {
public:
  PerformanceMonitor(prometheus::Family<prometheus::Counter> &requests,
                     prometheus::Family<prometheus::Histogram> &sizes, const ServerConfig &config)
      : requests_(requests), sizes_(sizes), config_(config) {}

  void record(const HttpRequestPtr &req, const HttpResponsePtr &resp) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::map<std::string, std::string> body{{"path", req->path()}, {"query", req->query()}}; // SAFE
    json_by_endpoint_[req->path()] += 1; // SAFE
    logEvent("request", {{"path", req->path()}, {"agent", req->getHeader("user-agent")}}); // SAFE
    resp->addHeader("X-Echo-Path", req->path()); // SAFE
    bool seen = requests_.Has({{"path", req->path()}}); // SAFE
    requests_.Add({{"service", config_.name}, {"mount", config_.path}}).Increment(); // SAFE
    sizes_.Add({{"mount", config_.path}}, prometheus::Histogram::BucketBoundaries{1e3, 1e4, 1e5})
        .Observe(static_cast<double>(req->body().size())); // SAFE
    auto retries = req->getOptionalParameter<int>("retries");
    requests_.Add({{"mount", config_.path}}).Increment(retries.value_or(0)); // SAFE
    requests_.Add({{"referer", req->getHeader("referer")}}).Increment(); // LEAK: header shape=direct
    (void)seen;
    (void)body;
  }

  std::string renderJson() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string out = "{";
    for (const auto &[endpoint, n] : json_by_endpoint_)
      out += "\"" + endpoint + "\":" + std::to_string(n) + ","; // SAFE
    out += "}";
    return out;
  }

private:
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Histogram> &sizes_;
  const ServerConfig &config_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, uint64_t> json_by_endpoint_;
};

} // namespace looks
