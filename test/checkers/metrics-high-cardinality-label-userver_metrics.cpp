// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// userver's metrics writer (stub of utils::statistics, 2.x) with cpp-httplib
// request data: labels, metric paths and writer prefixes.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <vector>
#include <userver/utils/statistics/labels.hpp>
#include <userver/utils/statistics/storage.hpp>
#include <userver/utils/statistics/writer.hpp>

namespace stats = userver::utils::statistics;

void labelView(const httplib::Request &req, stats::Writer &writer) {
  writer.ValueWithLabels(1, {"path", req.path});
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: reaches the label of 'userver::utils::statistics::LabelView' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  writer.ValueWithLabels(1, {"path", labelguard::route_label(req.path)});{{$}}
}

void ownedLabel(const httplib::Request &req) {
  std::vector<stats::Label> labels{stats::Label("target", req.target)};
  // CHECK-NOTES: :[[@LINE-1]]:59: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:36: note: reaches the label of 'userver::utils::statistics::Label' here
  // CHECK-NOTES: :[[@LINE-3]]:59: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  std::vector<stats::Label> labels{stats::Label("target", labelguard::route_label(req.target))};{{$}}
}

void metricPath(const httplib::Request &req, stats::Writer &writer) {
  writer[req.path] = 1;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: reaches the name of 'userver::utils::statistics::Writer::operator[]' here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

void writerPrefix(const httplib::Request &req, stats::Storage &storage) {
  auto entry = storage.RegisterWriter("http." + req.target, [](stats::Writer &) {});
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: metric name is built from the raw request target (path and query); every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:49: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: reaches the name of 'userver::utils::statistics::Storage::RegisterWriter' here
  // CHECK-NOTES: :[[@LINE-4]]:39: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
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

void constants(stats::Writer &writer, stats::Storage &storage) {
  writer.ValueWithLabels(1, {{"route", "/users/{id}"}, {"method", "GET"}});
  writer["http"]["requests"] = 1;
  auto entry = storage.RegisterWriter("http", [](stats::Writer &) {},
                                      {stats::Label("service", "users")});
}

void guarded(const httplib::Request &req, stats::Writer &writer) {
  writer.ValueWithLabels(1, {"route", labelguard::route_label(req.path)});
}

void notAMetric(const httplib::Request &req) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
}

void integralAndBool(const httplib::Request &req, stats::Writer &writer) {
  writer["http"]["path_bytes"] = req.path.size();
  writer.ValueWithLabels(req.target.size(),
                         {"has_query", req.target.empty() ? "no" : "yes"});
}

void configField(const RouteConfig &config, stats::Writer &writer) {
  writer.ValueWithLabels(1, {"route", config.path});
  writer[config.path] = 1;
}
