// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Oat++'s IncomingRequest (stub of 1.3) against prometheus-cpp's
// Family::Add. oatpp::String is a shared std::string: *s reads its text.

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <oatpp/web/protocol/http/incoming/Request.hpp>
#include <oatpp/web/server/api/Endpoint.hpp>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using IncomingRequest = oatpp::web::protocol::http::incoming::Request;
using Requests = prometheus::Family<prometheus::Counter>;

void startingLinePath(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"target", req.getStartingLine().path.std_str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/oatpp.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"target", labelguard::route_label(req.getStartingLine().path.std_str())}}).Increment();{{$}}
}

void header(const IncomingRequest &req, Requests &requests) {
  auto agent = req.getHeader("User-Agent");
  requests.Add({{"agent", *agent}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:16: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'agent' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryParameter(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"user", *req.getQueryParameter("user")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryParameters(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"tag", *req.getQueryParameters().get("tag")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:26: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:25: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void pathVariable(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"user_id", *req.getPathVariable("userId")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:30: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:29: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void pathTail(const IncomingRequest &req, Requests &requests) {
  oatpp::String tail = req.getPathTail();
  requests.Add({{"file", tail->c_str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:24: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: flows into 'tail' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"body", *req.readBodyToString()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void endpointInfo(oatpp::web::server::api::Endpoint &endpoint, Requests &requests) {
  auto info = endpoint.info();
  requests.Add({{"route", *info->path}, {"endpoint", *info->name}}).Increment();
}

void methodAndProtocol(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"method", req.getStartingLine().method.std_str()},
                {"protocol", req.getStartingLine().protocol.std_str()}})
      .Increment();
}

void constants(Requests &requests) {
  requests.Add({{"route", "/users/{userId}"}}).Increment();
}

void notAMetric(IncomingRequest &req) {
  std::map<std::string, std::string> json{{"agent", *req.getHeader("User-Agent")}};
  logging::info("request " + req.getStartingLine().path.std_str());
  req.putHeader("X-Forwarded-Path", req.getStartingLine().path.toString());
}

void integralAndBool(const IncomingRequest &req, Requests &requests) {
  requests.Add({{"headers", std::to_string(req.getHeaders().getSize())},
                {"has_user", req.getQueryParameter("user") ? "yes" : "no"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
