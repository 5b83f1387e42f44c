// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// POCO's Prometheus library (stub of 1.14) with cpp-httplib request data:
// the label values of LabeledMetricImpl::labels.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <vector>
#include <Poco/Prometheus/Counter.h>
#include <Poco/Prometheus/Gauge.h>

void counterLabels(const httplib::Request &req, Poco::Prometheus::Counter &requests) {
  requests.labels({"GET", req.path}).inc();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'Poco::Prometheus::LabeledMetricImpl::labels' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests.labels({"GET", labelguard::route_label(req.path)}).inc();{{$}}
}

void gaugeLabelsLocal(const httplib::Request &req, Poco::Prometheus::Gauge &inFlight) {
  std::vector<std::string> values{req.target};
  // CHECK-FIXES: {{^}}  std::vector<std::string> values{labelguard::route_label(req.target)};{{$}}
  inFlight.labels(values).set(1.0);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:35: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: flows into 'values' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'Poco::Prometheus::LabeledMetricImpl::labels' here
  // CHECK-NOTES: :[[@LINE-5]]:19: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void counterLabelsCopy(const httplib::Request &req, Poco::Prometheus::Counter &requests) {
  auto path = req.path;
  requests.labels({path}).inc();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'Poco::Prometheus::LabeledMetricImpl::labels' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests.labels({labelguard::route_label(path)}).inc();{{$}}
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

void constants(Poco::Prometheus::Counter &requests) {
  requests.labels({"GET", "/users/:id"}).inc();
  Poco::Prometheus::Counter other("http_requests_total", {"Requests", {"method", "route"}});
  other.help("Requests by route").labelNames({"route"});
}

void guarded(const httplib::Request &req, Poco::Prometheus::Counter &requests) {
  requests.labels({"GET", labelguard::route_label(req.path)}).inc();
}

void notAMetric(const httplib::Request &req, Poco::Prometheus::Counter &requests) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
  requests.inc(static_cast<double>(req.path.size()));
}

void integralAndBool(const httplib::Request &req, Poco::Prometheus::Counter &requests) {
  requests.labels({std::to_string(req.path.size()),
                   req.target.empty() ? "no-query" : "query"}).inc();
}

void configField(const RouteConfig &config, Poco::Prometheus::Counter &requests) {
  requests.labels({config.path}).inc();
}
