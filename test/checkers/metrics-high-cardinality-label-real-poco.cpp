// The check against the real Debian 12 headers of POCO 1.11 (libpoco-dev)
// and prometheus-cpp 1.0.1 (prometheus-cpp-dev).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/URI.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;
using prometheus::Counter;
using prometheus::Family;

void uri(HTTPServerRequest &req, Family<Counter> &family) {
  family.Add({{"uri", req.getURI()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:23: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"uri", labelguard::route_label(req.getURI())}}).Increment();{{$}}
}

void uriPath(HTTPServerRequest &req, Family<Counter> &family) {
  Poco::URI parsed(req.getURI());
  family.Add({{"path", parsed.getPath()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:13: note: flows into 'parsed' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(parsed.getPath())}}).Increment();{{$}}
}

void header(HTTPServerRequest &req, Family<Counter> &family) {
  std::string tenant = req.get("X-Tenant", "none");
  family.Add({{"tenant", tenant}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:24: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'tenant' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerByIndex(HTTPServerRequest &req, Family<Counter> &family) {
  family.Add({{"agent", req["User-Agent"]}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void host(HTTPServerRequest &req, Family<Counter> &family) {
  family.Add({{"host", req.getHost()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void clientAddress(HTTPServerRequest &req, Family<Counter> &family) {
  family.Add({{"client", req.clientAddress().host().toString()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

struct RouteConfig {
  std::string path;
};

void logLine(const std::string &line);

void constants(Family<Counter> &family) {
  family.Add({{"route", "/users/:id"}}).Increment();
}

void configPath(const RouteConfig &config, Family<Counter> &family) {
  family.Add({{"route", config.path}}).Increment();
}

void constantUri(Family<Counter> &family) {
  // A URI built from a constant is no request data.
  Poco::URI upstream("http://backend:8080/api/v1");
  family.Add({{"upstream", upstream.getHost()}}).Increment();
}

void methodNotReportedByDefault(HTTPServerRequest &req, Family<Counter> &family) {
  // getMethod() is a Method source: ReportKinds leaves it out by default.
  family.Add({{"method", req.getMethod()}}).Increment();
}

void numbersAboutTheRequest(HTTPServerRequest &req, Family<Counter> &family) {
  family.Add({{"long", req.getURI().size() > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"json", req.has("Content-Type") ? "yes" : "no"}}).Increment();
  family.Add({{"keepalive", req.getKeepAlive() ? "yes" : "no"}}).Increment();
}

void notAMetric(HTTPServerRequest &req, HTTPServerResponse &res) {
  std::map<std::string, std::string> json{{"uri", req.getURI()}};
  logLine(req.getURI());
  res.set("X-Echo", req.getURI());
}
