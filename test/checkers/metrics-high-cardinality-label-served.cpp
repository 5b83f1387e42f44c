// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// served's request and uri (stub of master) against prometheus-cpp's
// Family::Add.

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <served/served.hpp>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using Requests = prometheus::Family<prometheus::Counter>;

void pathname(const served::request &req, Requests &requests) {
  requests.Add({{"path", req.url().pathname()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url().pathname())}}).Increment();{{$}}
}

void uriPath(const served::request &req, Requests &requests) {
  auto target = req.url().path();
  requests.Add({{"target", target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"target", labelguard::route_label(target)}}).Increment();{{$}}
}

void queryParameter(const served::request &req, Requests &requests) {
  requests.Add({{"user", req.query["user"]}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const served::request &req, Requests &requests) {
  requests.Add({{"agent", req.header("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void source(const served::request &req, Requests &requests) {
  requests.Add({{"client", req.source()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void routeParameter(served::multiplexer &mux, Requests &requests) {
  mux.handle("/users/{id}").get([&requests](served::response &res, const served::request &req) {
    requests.Add({{"user", req.params["id"]}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    res.set_body("ok");
  });
}

void body(const served::request &req, Requests &requests) {
  requests.Add({{"body", req.body()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void endpointList(served::multiplexer &mux, Requests &requests) {
  for (const auto &endpoint : mux.get_endpoint_list())
    requests.Add({{"route", endpoint.first}, {"info", std::get<0>(endpoint.second)}}).Increment();
}

void httpVersion(const served::request &req, Requests &requests) {
  requests.Add({{"version", req.HTTP_version()}, {"scheme", req.url().protocol()}}).Increment();
}

void constants(Requests &requests) {
  requests.Add({{"route", "/users/{id}"}}).Increment();
}

void notAMetric(served::response &res, const served::request &req) {
  std::map<std::string, std::string> json{{"path", req.url().pathname()}};
  logging::info("request " + req.url().href());
  res.set_header("X-Request-Path", req.url().pathname());
}

void integralAndBool(const served::request &req, Requests &requests) {
  requests.Add({{"path_length", std::to_string(req.url().pathname().size())},
                {"has_body", req.body().empty() ? "no" : "yes"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
