// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// opentelemetry-cpp's metrics API (stub of 1.x, ABI v1) with cpp-httplib
// request data: attributes of Add/Record/Observe, and instrument names.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <opentelemetry/metrics/meter.h>
#include <opentelemetry/metrics/observer_result.h>
#include <opentelemetry/trace/span.h>

namespace metrics_api = opentelemetry::metrics;

void counterInitList(const httplib::Request &req,
                     metrics_api::Counter<uint64_t> &requests) {
  requests.Add(1, {{"http.route", req.path}});
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'opentelemetry::metrics::Counter::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:35: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests.Add(1, {{[{][{]}}"http.route", labelguard::route_label(req.path)}});{{$}}
}

void counterMapTemplate(const httplib::Request &req,
                        metrics_api::Counter<uint64_t> &requests) {
  std::map<std::string, std::string> attributes{{"url.full", req.target}};
  // CHECK-FIXES: {{^}}  std::map<std::string, std::string> attributes{{[{][{]}}"url.full", labelguard::route_label(req.target)}};{{$}}
  requests.Add(1, attributes);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:62: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:38: note: flows into 'attributes' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'opentelemetry::metrics::Counter::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:19: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void histogramWithContext(const httplib::Request &req,
                          metrics_api::Histogram<double> &latency,
                          const opentelemetry::context::Context &ctx) {
  latency.Record(0.25, {{"method", "GET"}, {"route", req.path}}, ctx);
  // CHECK-NOTES: :[[@LINE-1]]:54: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: reaches the label of 'opentelemetry::metrics::Histogram::Record' here
  // CHECK-NOTES: :[[@LINE-3]]:54: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  latency.Record(0.25, {{[{][{]}}"method", "GET"}, {"route", labelguard::route_label(req.path)}}, ctx);{{$}}
}

void upDownCounterLocal(const httplib::Request &req,
                        metrics_api::UpDownCounter<int64_t> &active) {
  auto target = req.target;
  active.Add(-1, {{"target", target}});
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'opentelemetry::metrics::UpDownCounter::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:30: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  active.Add(-1, {{[{][{]}}"target", labelguard::route_label(target)}});{{$}}
}

void observableCallback(const httplib::Request &req,
                        metrics_api::ObserverResultT<int64_t> &result) {
  result.Observe(7, {{"path", req.path}});
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'opentelemetry::metrics::ObserverResultT::Observe' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  result.Observe(7, {{[{][{]}}"path", labelguard::route_label(req.path)}});{{$}}
}

void instrumentName(const httplib::Request &req, metrics_api::Meter &meter) {
  auto counter = meter.CreateUInt64Counter(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:24: note: reaches the name of 'opentelemetry::metrics::Meter::CreateUInt64Counter' here
  // CHECK-NOTES: :[[@LINE-3]]:44: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
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

void constants(metrics_api::Counter<uint64_t> &requests,
               metrics_api::Histogram<double> &latency,
               const opentelemetry::context::Context &ctx) {
  requests.Add(1, {{"http.route", "/users/:id"}});
  latency.Record(0.5, {{"http.route", "/users/:id"}}, ctx);
}

void guarded(const httplib::Request &req,
             metrics_api::Counter<uint64_t> &requests) {
  requests.Add(1, {{"http.route", labelguard::route_label(req.path)}});
}

void spanAttributes(const httplib::Request &req, opentelemetry::trace::Span &span) {
  span.SetAttribute("url.path", req.path);
  span.SetAttribute("url.full", req.target);
  span.AddEvent(req.path);
}

void notAMetric(const httplib::Request &req) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
}

void noAttributes(const httplib::Request &req,
                  metrics_api::Counter<uint64_t> &requests,
                  const opentelemetry::context::Context &ctx) {
  requests.Add(req.path.size());
  requests.Add(1, ctx);
}

void integralAndBool(const httplib::Request &req,
                     metrics_api::Counter<uint64_t> &requests) {
  requests.Add(1, {{"path_length", std::to_string(req.path.size())}});
  requests.Add(1, {{"has_query", req.target.empty() ? "no" : "yes"}});
}

void configField(const RouteConfig &config,
                 metrics_api::Counter<uint64_t> &requests,
                 metrics_api::Meter &meter) {
  requests.Add(1, {{"http.route", config.path}});
  auto counter = meter.CreateUInt64Counter(config.path);
}
