// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// lithium's http_request (stub of master) against prometheus-cpp's
// Family::Add.

#include <map>
#include <string>
#include <lithium_http_server.hh>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using Requests = prometheus::Family<prometheus::Counter>;

struct UserParams {
  std::string name;
  int id = 0;
};

void header(const li::http_request &request, Requests &requests) {
  requests.Add({{"agent", std::string(request.header("User-Agent"))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(const li::http_request &request, Requests &requests) {
  requests.Add({{"session", std::string(request.cookie("session"))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:41: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:29: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void ipAddress(const li::http_request &request, Requests &requests) {
  requests.Add({{"client", request.ip_address()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void urlParameters(li::http_api &api, Requests &requests) {
  api.get("/users/{{name}}") = [&requests](li::http_request &request, li::http_response &response) {
    auto params = request.url_parameters(UserParams{});
    requests.Add({{"user", params.name}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-3]]:19: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-4]]:10: note: flows into 'params' here
    // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    response.write("ok");
  };
}

void getParameters(const li::http_request &request, Requests &requests) {
  auto params = request.get_parameters(UserParams{});
  requests.Add({{"user", params.name}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'params' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void urlSpec(const li::http_request &request, Requests &requests) {
  requests.Add({{"route", std::string(request.url_spec)}}).Increment();
}

void constants(Requests &requests) {
  requests.Add({{"route", "/users/{{name}}"}}).Increment();
}

void notAMetric(const li::http_request &request, li::http_response &response) {
  std::map<std::string, std::string> json{{"agent", std::string(request.header("User-Agent"))}};
  logging::info("request from " + request.ip_address());
  response.set_header("X-Client", request.ip_address());
}

void integralAndBool(const li::http_request &request, Requests &requests) {
  requests.Add({{"agent_length", std::to_string(request.header("User-Agent").size())},
                {"has_session", request.cookie("session").empty() ? "no" : "yes"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
