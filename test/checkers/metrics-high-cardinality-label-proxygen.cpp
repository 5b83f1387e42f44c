// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Proxygen's HTTPMessage (stub of main) as a request, against
// prometheus-cpp's Family::Add.

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <memory>
#include <string>
#include <proxygen/lib/http/HTTPMessage.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using proxygen::HTTPMessage;
using Requests = prometheus::Family<prometheus::Counter>;

void path(const std::unique_ptr<HTTPMessage> &req, Requests &requests) {
  requests.Add({{"path", req->getPath()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req->getPath())}}).Increment();{{$}}
}

void url(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"url", req.getURL()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"url", labelguard::route_label(req.getURL())}}).Increment();{{$}}
}

void pathPiece(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"path", req.getPathAsStringPiece().str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.getPathAsStringPiece().str())}}).Increment();{{$}}
}

void queryParam(const HTTPMessage &req, Requests &requests) {
  const std::string &user = req.getQueryParam("user");
  requests.Add({{"user", user}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:29: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: flows into 'user' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void intQueryParam(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"page", std::to_string(req.getIntQueryParam("page", 1))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:41: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"agent", req.getHeaders().getSingleOrEmpty("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"session", req.getCookie("session").str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:29: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void clientIP(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"client", req.getClientIP()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void methodIsNotReportedByDefault(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"method", req.getMethodString()}}).Increment();
}

void serverSide(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"vip", req.getDstIP()}, {"version", req.getVersionString()}}).Increment();
}

void constants(Requests &requests) {
  requests.Add({{"route", "/users/:id"}}).Increment();
}

void notAMetric(const HTTPMessage &req, HTTPMessage &response) {
  std::map<std::string, std::string> json{{"path", req.getPath()}};
  logging::info("request " + req.getURL());
  response.getHeaders().set("X-Request-Path", req.getPath());
}

void integralAndBool(const HTTPMessage &req, Requests &requests) {
  requests.Add({{"params", std::to_string(req.getQueryParams().size())},
                {"has_user", req.hasQueryParam("user") ? "yes" : "no"},
                {"secure", req.isSecure() ? "https" : "http"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
