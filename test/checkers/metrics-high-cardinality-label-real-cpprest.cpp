// The check against the real Debian 12 headers of cpprestsdk 2.10.18
// (libcpprest-dev) and prometheus-cpp 1.0.1 (prometheus-cpp-dev).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17

#include <cpprest/http_listener.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using web::http::http_request;
using web::http::experimental::listener::http_listener;
using prometheus::Counter;
using prometheus::Family;

void relativePath(http_request req, Family<Counter> &family) {
  family.Add({{"path", req.relative_uri().path()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.relative_uri().path())}}).Increment();{{$}}
}

void requestUri(http_request req, Family<Counter> &family) {
  auto target = req.request_uri();
  family.Add({{"query", target.query()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void splitQuery(http_request req, Family<Counter> &family) {
  auto params = web::uri::split_query(req.request_uri().query());
  family.Add({{"q", params["q"]}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:39: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'params' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:21: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(http_request req, Family<Counter> &family) {
  family.Add({{"agent", req.headers()["User-Agent"]}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteAddress(http_request req, Family<Counter> &family) {
  family.Add({{"client", req.remote_address()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(http_request req, Family<Counter> &family) {
  std::string text = req.extract_string().get();
  family.Add({{"body", text}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'text' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

struct RouteConfig {
  std::string path;
};

void logLine(const std::string &line);

void constants(Family<Counter> &family) {
  family.Add({{"route", "/users/{id}"}}).Increment();
}

void configPath(const RouteConfig &config, Family<Counter> &family) {
  family.Add({{"route", config.path}}).Increment();
}

void listenerBase(const http_listener &listener, Family<Counter> &family) {
  // The listener's base uri comes from the program's configuration.
  family.Add({{"listener", listener.uri().path()}}).Increment();
}

void constantUri(Family<Counter> &family) {
  web::uri upstream("http://backend:8080/api/v1");
  family.Add({{"upstream", upstream.host()}}).Increment();
  auto segments = web::uri::split_path("/api/v1/users");
  family.Add({{"api", segments.front()}}).Increment();
}

void methodNotReportedByDefault(http_request req, Family<Counter> &family) {
  // method() is a Method source: ReportKinds leaves it out by default.
  family.Add({{"method", req.method()}}).Increment();
}

void numbersAboutTheRequest(http_request req, Family<Counter> &family) {
  family.Add({{"long", req.relative_uri().path().size() > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"traced", req.headers().has("traceparent") ? "yes" : "no"}}).Increment();
  family.Add({{"root", req.relative_uri().is_path_empty() ? "yes" : "no"}}).Increment();
}

void notAMetric(http_request req) {
  std::map<std::string, std::string> json{{"path", req.relative_uri().path()}};
  logLine(req.request_uri().to_string());
  req.reply(web::http::status_codes::OK, req.relative_uri().path());
}
