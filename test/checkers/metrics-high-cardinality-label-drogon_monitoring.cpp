// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Drogon's Prometheus collectors (stub of drogon::monitoring, v1.9) with
// cpp-httplib request data: the label values of Collector::metric.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <memory>
#include <string>
#include <vector>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>

using Requests = drogon::monitoring::Collector<drogon::monitoring::Counter>;

void labelValues(const httplib::Request &req, Requests &requests) {
  requests.metric({"GET", req.path})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests.metric({"GET", labelguard::route_label(req.path)})->increment();{{$}}
}

void throughSharedPtr(const httplib::Request &req,
                      const std::shared_ptr<Requests> &requests) {
  requests->metric({req.target})->increment(2.0);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:13: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests->metric({labelguard::route_label(req.target)})->increment(2.0);{{$}}
}

void labelVector(const httplib::Request &req, Requests &requests) {
  std::vector<std::string> values{req.path};
  // CHECK-FIXES: {{^}}  std::vector<std::string> values{labelguard::route_label(req.path)};{{$}}
  requests.metric(values)->increment();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:35: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: flows into 'values' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-5]]:19: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
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

void constants(Requests &requests) {
  requests.metric({"GET", "/users/{1}"})->increment();
  Requests other("http_requests_total", "Requests by route", {"method", "route"});
  (void)other.labelsNames();
}

void guarded(const httplib::Request &req, Requests &requests) {
  requests.metric({"GET", labelguard::route_label(req.path)})->increment();
}

void notAMetric(const httplib::Request &req) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
}

void integralAndBool(const httplib::Request &req, Requests &requests) {
  requests.metric({std::to_string(req.path.size()),
                   req.target.empty() ? "no-query" : "query"})->increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.metric({config.path})->increment();
}
