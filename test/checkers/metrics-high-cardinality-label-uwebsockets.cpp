// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// uWebSockets' HttpRequest and HttpResponse (stub of v20.x) against
// prometheus-cpp's Family::Add. Every getter is a std::string_view.

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <uWebSockets/App.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using Requests = prometheus::Family<prometheus::Counter>;

void url(uWS::HttpRequest *req, Requests &requests) {
  requests.Add({{"path", std::string(req->getUrl())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(std::string(req->getUrl()))}}).Increment();{{$}}
}

void fullUrl(uWS::HttpRequest *req, Requests &requests) {
  std::string target(req->getFullUrl());
  requests.Add({{"target", target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"target", labelguard::route_label(target)}}).Increment();{{$}}
}

void query(uWS::HttpRequest *req, Requests &requests) {
  requests.Add({{"user", std::string(req->getQuery("user"))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(uWS::HttpRequest *req, Requests &requests) {
  requests.Add({{"agent", std::string(req->getHeader("user-agent"))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void routeParameter(uWS::App &app, Requests &requests) {
  app.get("/users/:id", [&requests](uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
    requests.Add({{"user", std::string(req->getParameter(0))}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    requests.Add({{"client", std::string(res->getRemoteAddressAsText())}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:42: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:30: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    res->end("ok");
  });
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void methodIsNotReportedByDefault(uWS::HttpRequest *req, Requests &requests) {
  requests.Add({{"method", std::string(req->getMethod())}}).Increment();
}

void constants(uWS::App &app, Requests &requests) {
  app.get("/users/:id", [&requests](uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
    requests.Add({{"route", "/users/:id"}}).Increment();
    res->end("ok");
  });
}

void notAMetric(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  std::map<std::string, std::string> json{{"path", std::string(req->getUrl())}};
  logging::info("request " + std::string(req->getFullUrl()));
  res->writeHeader("X-Request-Path", req->getUrl());
}

void integralAndBool(uWS::HttpRequest *req, Requests &requests) {
  requests.Add({{"path_length", std::to_string(req->getUrl().size())},
                {"has_query", req->getQuery().empty() ? "no" : "yes"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
