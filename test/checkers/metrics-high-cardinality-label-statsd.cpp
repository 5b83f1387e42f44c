// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// cpp-statsd-client (stub, with DogStatsD tags) with cpp-httplib request data: DogStatsD
// tags (the last argument) and the key (the metric name).

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <vector>
#include <cpp-statsd-client/StatsdClient.hpp>

void incrementTags(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.increment("http.requests", 1.0f, {"route:" + req.path});
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:55: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'Statsd::StatsdClient::increment' here
  // CHECK-NOTES: :[[@LINE-4]]:44: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  statsd.increment("http.requests", 1.0f, {"route:" + labelguard::route_label(req.path)});{{$}}
}

void timingTagsLocal(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  std::vector<std::string> tags{"env:prod", req.target};
  // CHECK-FIXES: {{^}}  std::vector<std::string> tags{"env:prod", labelguard::route_label(req.target)};{{$}}
  statsd.timing("http.latency", 12, 1.0f, tags);
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:45: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: flows into 'tags' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'Statsd::StatsdClient::timing' here
  // CHECK-NOTES: :[[@LINE-5]]:43: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void gaugeTags(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.gauge("queue.depth", 3u, 1.0f, {req.path});
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'Statsd::StatsdClient::gauge' here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  statsd.gauge("queue.depth", 3u, 1.0f, {labelguard::route_label(req.path)});{{$}}
}

void keyFromPath(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.count("hits." + req.path, 1);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:26: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the name of 'Statsd::StatsdClient::count' here
  // CHECK-NOTES: :[[@LINE-4]]:16: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

void keyLocal(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  auto key = req.target;
  statsd.decrement(key);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric name is built from the raw request target (path and query); every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:14: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'key' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the name of 'Statsd::StatsdClient::decrement' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace labelguard {
const std::string &route_label(std::string_view raw_path_or_target) noexcept;
} // namespace labelguard

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void constants(const Statsd::StatsdClient &statsd) {
  statsd.increment("http.requests", 1.0f, {"route:/users/:id", "env:prod"});
  statsd.set("users.unique", 42u);
}

void guarded(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.increment("http.requests", 1.0f,
                   {"route:" + labelguard::route_label(req.path)});
}

void notAMetric(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
  (void)statsd.errorMessage();
}

void frequencyAndValues(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.timing("http.latency", static_cast<unsigned>(req.target.size()),
                req.path.empty() ? 0.5f : 1.0f);
  statsd.count("http.bytes", static_cast<int>(req.path.size()));
}

void integralAndBool(const httplib::Request &req, const Statsd::StatsdClient &statsd) {
  statsd.increment("http.requests", 1.0f,
                   {"path_length:" + std::to_string(req.path.size()),
                    req.target.empty() ? "query:no" : "query:yes"});
}

void configField(const RouteConfig &config, const Statsd::StatsdClient &statsd) {
  statsd.increment(config.path, 1.0f, {"route:" + config.path});
}
