// The check against the real Debian 12 headers of CivetWeb 1.15
// (libcivetweb-dev) and prometheus-cpp 1.0.1 (prometheus-cpp-dev).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17

#include <CivetServer.h>
#include <civetweb.h>
#include <cstring>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using prometheus::Counter;
using prometheus::Family;

void localUri(mg_connection *conn, Family<Counter> &family) {
  const mg_request_info *ri = mg_get_request_info(conn);
  family.Add({{"path", ri->local_uri}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(ri->local_uri)}}).Increment();{{$}}
}

void queryString(mg_connection *conn, Family<Counter> &family) {
  const char *query = mg_get_request_info(conn)->query_string;
  family.Add({{"query", query}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:23: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'query' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteAddr(const mg_request_info *ri, Family<Counter> &family) {
  family.Add({{"client", ri->remote_addr}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerArray(const mg_request_info *ri, Family<Counter> &family) {
  family.Add({{"first_header", ri->http_headers[0].value}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void getHeader(mg_connection *conn, Family<Counter> &family) {
  family.Add({{"agent", mg_get_header(conn, "User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void getVar(const mg_request_info *ri, Family<Counter> &family) {
  char id[64];
  mg_get_var(ri->query_string, std::strlen(ri->query_string), "id", id, sizeof(id));
  family.Add({{"id", id}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:69: note: flows into 'id' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:22: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void civetServerParam(mg_connection *conn, Family<Counter> &family) {
  std::string user;
  CivetServer::getParam(conn, "user", user);
  family.Add({{"user", user}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:39: note: flows into 'user' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void civetServerHeader(mg_connection *conn, Family<Counter> &family) {
  family.Add({{"tenant", CivetServer::getHeader(conn, "X-Tenant")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

struct RouteConfig {
  std::string path;
};

void logLine(const std::string &line);

void constants(Family<Counter> &family) {
  family.Add({{"route", "/users/*"}}).Increment();
}

void configPath(const RouteConfig &config, Family<Counter> &family) {
  family.Add({{"route", config.path}}).Increment();
}

void methodNotReportedByDefault(const mg_request_info *ri, Family<Counter> &family) {
  // request_method is a Method source: ReportKinds leaves it out by default.
  family.Add({{"method", ri->request_method}}).Increment();
}

void serverSide(const mg_request_info *ri, Family<Counter> &family) {
  family.Add({{"port", std::to_string(ri->server_port)}}).Increment();
  family.Add({{"scheme", ri->is_ssl ? "https" : "http"}}).Increment();
}

void numbersAboutTheRequest(mg_connection *conn, const mg_request_info *ri,
                            Family<Counter> &family) {
  family.Add({{"long", std::strlen(ri->local_uri) > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"traced", mg_get_header(conn, "traceparent") ? "yes" : "no"}}).Increment();
  family.Add({{"headers", ri->num_headers > 32 ? "many" : "few"}}).Increment();
}

void notAMetric(mg_connection *conn, const mg_request_info *ri) {
  std::map<std::string, std::string> json{{"path", ri->local_uri}};
  logLine(ri->local_uri);
  mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n%s", ri->local_uri);
}
