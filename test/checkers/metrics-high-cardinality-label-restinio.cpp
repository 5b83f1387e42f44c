// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RESTinio's request and express router (stub of 0.6/0.7) against
// prometheus-cpp's Family::Add.

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <restinio/all.hpp>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using Requests = prometheus::Family<prometheus::Counter>;

void path(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"path", std::string(req->header().path())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(std::string(req->header().path()))}}).Increment();{{$}}
}

void requestTarget(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"target", req->header().request_target()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"target", labelguard::route_label(req->header().request_target())}}).Increment();{{$}}
}

void parsedQuery(const restinio::request_handle_t &req, Requests &requests) {
  const auto query = restinio::parse_query(req->header().query());
  requests.Add({{"user", std::string(query["user"])}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:44: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:14: note: flows into 'query' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerField(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"agent", req->header().get_field("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteEndpoint(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"client", req->remote_endpoint().address().to_string()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"body", req->body()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void routeParameters(restinio::router::express_router_t<> &router, Requests &requests) {
  router.http_get("/users/:id", [&requests](restinio::request_handle_t req,
                                            restinio::router::route_params_t params) {
    requests.Add({{"user", std::string(params["id"])}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:40: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    requests.Add({{"page", restinio::cast_to<std::string>(params["page"])}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:59: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    requests.Add({{"matched", std::string(params.match())}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:43: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
    // CHECK-FIXES: {{^}}    requests.Add({{[{][{]}}"matched", labelguard::route_label(std::string(params.match()))}}).Increment();{{$}}
    return restinio::request_handling_status_t::accepted;
  });
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void methodId(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"method", req->header().method().c_str()}}).Increment();
}

void constants(Requests &requests) {
  const auto query = restinio::parse_query("page=1&user=system");
  requests.Add({{"route", "/users/:id"}, {"user", std::string(query["user"])}}).Increment();
}

void notAMetric(const restinio::request_handle_t &req,
                restinio::http_response_header_t &response) {
  std::map<std::string, std::string> json{{"path", std::string(req->header().path())}};
  logging::info("request " + req->header().request_target());
  response.set_field("X-Request-Target", req->header().request_target());
}

void integralAndBool(const restinio::request_handle_t &req, Requests &requests) {
  requests.Add({{"fields", std::to_string(req->header().fields_count())},
                {"body_bytes", std::to_string(req->body().size())},
                {"has_agent", req->header().has_field("User-Agent") ? "yes" : "no"}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
