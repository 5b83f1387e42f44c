// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Seastar's metrics layer (stub of master) with cpp-httplib
// request data: label values, metric names and group names.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <vector>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>

namespace sm = seastar::metrics;

void labelInstance(const httplib::Request &req) {
  sm::label_instance path_label("path", req.path);
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:41: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  sm::label_instance path_label("path", labelguard::route_label(req.path));{{$}}
}

void labelFactory(const httplib::Request &req) {
  sm::label target_label("target");
  auto target = req.target;
  sm::label_instance instance = target_label(target);
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:52: note: reaches the label of 'seastar::metrics::label::operator()' here
  // CHECK-NOTES: :[[@LINE-5]]:46: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  sm::label_instance instance = target_label(labelguard::route_label(target));{{$}}
}

void labelsBuiltInPlace(const httplib::Request &req, sm::metric_groups &groups,
                        uint64_t &hits) {
  std::vector<sm::label_instance> labels;
  labels.emplace_back("path", req.path);
  groups.add_group("http", {sm::make_counter("requests", hits, sm::description("Requests"), labels)});
  // CHECK-NOTES: :[[@LINE-1]]:93: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: flows into 'labels' here
  // CHECK-NOTES: :[[@LINE-4]]:33: note: reaches the label of 'seastar::metrics::make_counter' here
  // CHECK-NOTES: :[[@LINE-5]]:93: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void gaugeName(const httplib::Request &req, sm::metric_groups &groups, double &depth) {
  groups.add_group("queue", {sm::make_gauge("depth_" + req.path, depth)});
  // CHECK-NOTES: :[[@LINE-1]]:45: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:56: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:34: note: reaches the name of 'seastar::metrics::make_gauge' here
  // CHECK-NOTES: :[[@LINE-4]]:45: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

void groupName(const httplib::Request &req, sm::metric_groups &groups, uint64_t &hits) {
  groups.add_group(req.path, {sm::make_counter("hits", hits)});
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the name of 'seastar::metrics::metric_groups::add_group' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
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

void constants(sm::metric_groups &groups, uint64_t &hits, double &depth) {
  sm::label route("route");
  groups.add_group("http", {
      sm::make_counter("requests", hits, sm::description("Requests"),
                       {route("/users/:id"), sm::label_instance("method", "GET")}),
      sm::make_gauge("depth", sm::description("Depth"), {route("/queue")}, depth),
  });
}

void guarded(const httplib::Request &req) {
  sm::label_instance path_label("path", labelguard::route_label(req.path));
}

void notAMetric(const httplib::Request &req) {
  logging::info("registering " + req.path);
  std::map<std::string, std::string> json{{"path", req.path}};
}

void integralAndBool(const httplib::Request &req) {
  sm::label_instance length("path_length", req.path.size());
  sm::label_instance has_query("has_query", !req.target.empty());
}

void configField(const RouteConfig &config, sm::metric_groups &groups, uint64_t &hits) {
  sm::label_instance route("route", config.path);
  groups.add_group(config.path, {sm::make_counter(config.path, hits)});
}
