// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Seastar's HTTP request (stub of master) against Seastar's own
// metrics layer (label_instance, label, make_* names).

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <seastar/http/json_path.hh>
#include <seastar/http/reply.hh>
#include <seastar/http/request.hh>

namespace sm = seastar::metrics;
using seastar::http::request;

void url(const request &req) {
  sm::label_instance url_label("url", req._url);
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:39: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  sm::label_instance url_label("url", labelguard::route_label(req._url));{{$}}
}

void fullUrl(const request &req) {
  sm::label_instance url_label("url", req.get_url());
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:39: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  sm::label_instance url_label("url", labelguard::route_label(req.get_url()));{{$}}
}

void header(const request &req) {
  sm::label_instance agent("agent", req.get_header("User-Agent"));
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:37: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryParam(const request &req) {
  const sm::label user_label("user");
  auto user = req.get_query_param("user");
  sm::label_instance instance = user_label(user);
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'user' here
  // CHECK-NOTES: :[[@LINE-4]]:48: note: reaches the label of 'seastar::metrics::label::operator()' here
  // CHECK-NOTES: :[[@LINE-5]]:44: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void pathParam(const request &req) {
  sm::label_instance id("id", req.get_path_param("id"));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void pathParamWithSlash(const request &req) {
  sm::label_instance id("id", req.param.path("id"));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'seastar::metrics::label_instance' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void metricName(const request &req, sm::metric_groups &groups, uint64_t &hits) {
  groups.add_group("http", {sm::make_counter(req._url, hits)});
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: metric name is built from the raw request target (path and query); every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:33: note: reaches the name of 'seastar::metrics::make_counter' here
  // CHECK-NOTES: :[[@LINE-3]]:46: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void swaggerRoute(const seastar::httpd::path_description &route) {
  sm::label_instance path_label("route", route.path);
  sm::label_instance op("operation", route.operations.nickname);
}

void methodIsNotReportedByDefault(const request &req) {
  sm::label_instance method("method", req._method);
}

void constants(sm::metric_groups &groups, uint64_t &hits) {
  sm::label route("route");
  groups.add_group("http", {sm::make_counter("requests", hits, sm::description("Requests"),
                                             {route("/users/{id}")})});
}

void notAMetric(const request &req, seastar::http::reply &rep) {
  std::map<std::string, std::string> json{{"url", req._url}};
  logging::info("request " + req._url);
  rep.add_header("X-Request-Url", req._url);
  rep.write_body("txt", req.get_header("User-Agent"));
}

void integralAndBool(const request &req) {
  sm::label_instance length("url_length", req._url.size());
  sm::label_instance body("body_length", req.content_length);
  sm::label_instance multi("values", req.get_query_param_array("tag").size());
  sm::label_instance has_user("has_user", req.has_query_param("user"));
}

void configField(const RouteConfig &config) {
  sm::label_instance route("route", config.path);
}
