// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Drogon's request accessors (stub of v1.9) against Drogon's own Prometheus
// collectors (drogon::monitoring).

#include <functional>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>

using drogon::HttpRequestPtr;
using drogon::HttpResponsePtr;
using Requests = drogon::monitoring::Collector<drogon::monitoring::Counter>;

void path(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getPath()})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: the framework reports the route it matched; an empty match (no route) becomes the unregistered value
  // CHECK-FIXES: {{^}}  requests.metric({labelguard::matched_route_label(req->matchedPathPattern())})->increment();{{$}}
}

void virtualPath(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({"GET", req->path()})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the framework reports the route it matched; an empty match (no route) becomes the unregistered value
  // CHECK-FIXES: {{^}}  requests.metric({"GET", labelguard::matched_route_label(req->matchedPathPattern())})->increment();{{$}}
}

void originalPathLocal(const HttpRequestPtr &req, Requests &requests) {
  const std::string &raw = req->getOriginalPath();
  requests.metric({raw})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:28: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: flows into 'raw' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/drogon.hpp>
  // CHECK-NOTES: :98:7: note: the fix also registers the route pattern the service declares, where it is declared, through 'labelguard::declare_drogon_route'
  // CHECK-FIXES: {{^}}  requests.metric({labelguard::route_label(raw)})->increment();{{$}}
}

void queryParameter(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getParameter("user")})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryString(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->query()})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getHeader("user-agent")})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getCookie("session")})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({std::string(req->getBody())})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:32: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-4]]:20: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void peer(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->peerAddr().toIp()})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void routingParameter(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getRoutingParameters()[0]})->increment();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'drogon::monitoring::Collector::metric' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void placeholderParameter(Requests &requests) {
  drogon::app().registerHandler(
      "/users/{1}",
      // CHECK-FIXES: {{^}}      labelguard::declare_drogon_route("/users/{1}"),{{$}}
      [&requests](const HttpRequestPtr &,
                  std::function<void(const HttpResponsePtr &)> &&callback,
                  const std::string &user) {
        requests.metric({user})->increment();
        // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
        // CHECK-NOTES: :[[@LINE-3]]:38: note: value read from the request here
        // CHECK-NOTES: :[[@LINE-3]]:18: note: reaches the label of 'drogon::monitoring::Collector::metric' here
        // CHECK-NOTES: :[[@LINE-4]]:26: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
      });
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void matchedPattern(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({std::string(req->matchedPathPattern())})->increment();
  requests.metric({std::string(req->getMatchedPathPattern())})->increment();
}

void methodIsNotReportedByDefault(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({req->getMethodString()})->increment();
}

void constants(Requests &requests) {
  requests.metric({"GET", "/users/{1}"})->increment();
  auto collector = std::make_shared<Requests>(
      "http_requests_total", "Requests by route", std::vector<std::string>{"route"});
}

void notAMetric(const HttpRequestPtr &req, const HttpResponsePtr &resp) {
  std::map<std::string, std::string> json{{"path", req->getPath()}};
  logging::info("request " + req->getPath());
  resp->addHeader("x-request-path", req->getPath());
}

void integralAndBool(const HttpRequestPtr &req, Requests &requests) {
  requests.metric({std::to_string(req->getParameters().size()),
                   req->getBody().empty() ? "empty" : "body"})->increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.metric({config.path})->increment();
}
