// The check against the real Debian 12 headers of Pistache 0.0.5
// (libpistache-dev) and prometheus-cpp 1.0.1 (prometheus-cpp-dev). Pistache's
// async.h parses with clang only under -fdelayed-template-parsing.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -fdelayed-template-parsing

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <pistache/router.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using Pistache::Rest::Request;
using Pistache::Http::ResponseWriter;
using prometheus::Counter;
using prometheus::Family;

void resource(const Request &req, Family<Counter> &family) {
  family.Add({{"path", req.resource()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/pistache.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.resource())}}).Increment();{{$}}
}

void queryParameter(const Request &req, Family<Counter> &family) {
  auto page = req.query().get("page");
  if (page)
    family.Add({{"page", *page}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-4]]:15: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-5]]:8: note: flows into 'page' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void pathParameter(const Request &req, Family<Counter> &family) {
  auto user = req.param(":id").as<std::string>();
  family.Add({{"user", user}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'user' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void numericPathParameter(const Request &req, Family<Counter> &family) {
  family.Add({{"user", std::to_string(req.param(":id").as<int>())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void splat(const Request &req, Family<Counter> &family) {
  family.Add({{"rest", req.splatAt(0).as<std::string>()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const Request &req, Family<Counter> &family) {
  family.Add({{"agent", req.headers().getRaw("User-Agent").value()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(const Request &req, Family<Counter> &family) {
  family.Add({{"session", req.cookies().get("sid").value}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void address(const Request &req, Family<Counter> &family) {
  family.Add({{"client", req.address().host()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
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

void parameterName(const Request &req, Family<Counter> &family) {
  // The name of the route's parameter, not its value.
  family.Add({{"param", req.param(":id").name()}}).Increment();
}

void methodEnum(const Request &req, Family<Counter> &family) {
  family.Add({{"method", Pistache::Http::methodString(req.method())}}).Increment();
}

void programBuiltQuery(Family<Counter> &family) {
  Pistache::Http::Uri::Query defaults{{"page", "1"}};
  family.Add({{"page", defaults.get("page").value_or("1")}}).Increment();
}

void numbersAboutTheRequest(const Request &req, Family<Counter> &family) {
  family.Add({{"long", req.resource().size() > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"paged", req.query().has("page") ? "yes" : "no"}}).Increment();
  family.Add({{"named", req.hasParam(":id") ? "yes" : "no"}}).Increment();
}

void notAMetric(const Request &req, ResponseWriter &response) {
  std::map<std::string, std::string> json{{"path", req.resource()}};
  logLine(req.resource());
  response.send(Pistache::Http::Code::Ok, req.resource());
}
