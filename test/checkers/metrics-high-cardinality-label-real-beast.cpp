// The check against the real Debian 12 headers of Boost.Beast 1.74
// (libboost-dev) and prometheus-cpp 1.0.1 (prometheus-cpp-dev).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

namespace http = boost::beast::http;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;
using prometheus::Counter;
using prometheus::Family;

void target(const Request &req, Family<Counter> &family) {
  family.Add({{"target", req.target().to_string()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(req.target().to_string())}}).Increment();{{$}}
}

void targetCopy(const Request &req, Family<Counter> &family) {
  std::string target(req.target());
  family.Add({{"target", target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(target)}}).Increment();{{$}}
}

void headerByField(const Request &req, Family<Counter> &family) {
  auto agent = req[http::field::user_agent];
  family.Add({{"agent", agent.to_string()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:16: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'agent' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerByName(const Request &req, Family<Counter> &family) {
  family.Add({{"tenant", req["X-Tenant"].to_string()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerAt(const Request &req, Family<Counter> &family) {
  family.Add({{"host", std::string(req.at(http::field::host))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:36: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const Request &req, Family<Counter> &family) {
  family.Add({{"body", req.body()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
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

void verbEnum(const Request &req, Family<Counter> &family) {
  // method() is the verb enum; to_string(verb) answers a fixed name.
  family.Add({{"method", std::string(http::to_string(req.method()))}}).Increment();
}

void methodNotReportedByDefault(const Request &req, Family<Counter> &family) {
  // method_string() is a Method source: ReportKinds leaves it out by default.
  family.Add({{"method", req.method_string().to_string()}}).Increment();
}

void numbersAboutTheRequest(const Request &req, Family<Counter> &family) {
  family.Add({{"long", req.target().size() > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"empty", req.body().empty() ? "yes" : "no"}}).Increment();
  family.Add({{"cookies", std::to_string(req.count(http::field::cookie))}}).Increment();
  family.Add({{"version", std::to_string(req.version())}}).Increment();
}

void notAMetric(const Request &req, Response &res) {
  std::map<std::string, std::string> json{{"target", req.target().to_string()}};
  logLine(req.target().to_string());
  res.set(http::field::location, req.target());
  res.body() = req.body();
}
