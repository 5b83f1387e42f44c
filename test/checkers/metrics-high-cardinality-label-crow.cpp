// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// Crow's request (stub of master, after v1.2), typed route parameters and
// the CookieParser middleware, against prometheus-cpp's Family::Add.

#include <crow.h>
// CHECK-FIXES: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using Requests = prometheus::Family<prometheus::Counter>;

void url(const crow::request &req, Requests &requests) {
  requests.Add({{"path", req.url}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
  // CHECK-NOTES: :90:3: note: the fix also registers the 3 route patterns the service declares, each where it is declared, through 'LABELGUARD_CROW_ROUTE'
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url)}}).Increment();{{$}}
}

void rawUrl(const crow::request &req, Requests &requests) {
  requests.Add({{"target", req.raw_url}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"target", labelguard::route_label(req.raw_url)}}).Increment();{{$}}
}

void queryParameter(const crow::request &req, Requests &requests) {
  requests.Add({{"user", req.url_params.get("user")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryList(const crow::request &req, Requests &requests) {
  auto tags = req.url_params.get_list("tag");
  requests.Add({{"tag", tags[0]}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'tags' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const crow::request &req, Requests &requests) {
  requests.Add({{"agent", req.get_header_value("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void freeHeaderLookup(const crow::request &req, Requests &requests) {
  requests.Add({{"tenant", crow::get_header_value(req.headers, "X-Tenant")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteAddress(const crow::request &req, Requests &requests) {
  auto client = req.remote_ip_address;
  requests.Add({{"client", client}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'client' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const crow::request &req, Requests &requests) {
  requests.Add({{"body", req.body}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(crow::App<crow::CookieParser> &app, const crow::request &req,
            Requests &requests) {
  requests.Add({{"session", app.get_context<crow::CookieParser>(req).get_cookie("session")}})
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:29: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
      .Increment();
}

void typedRouteParameter(crow::SimpleApp &app, Requests &requests) {
  CROW_ROUTE(app, "/users/<string>")([&requests](const std::string &user) {
    requests.Add({{"user", user}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-3]]:69: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    return std::string("ok");
  });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<string>")([&requests](const std::string &user) {{[{]}}{{$}}
}

void dynamicRouteParameter(crow::SimpleApp &app, Requests &requests) {
  app.route_dynamic("/items/<string>")([&requests](std::string slug) {
    // CHECK-FIXES: {{^}}  app.route_dynamic(labelguard::declare_route("/items/<string>"))([&requests](std::string slug) {{[{]}}{{$}}
    requests.Add({{"item", slug}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-4]]:64: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
    return std::string("ok");
  });
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void ruleTemplate(crow::BaseRule &rule, Requests &requests) {
  requests.Add({{"route", rule.rule()}}).Increment();
}

void methodEnum(const crow::request &req, Requests &requests) {
  requests.Add({{"method", crow::method_name(req.method)}}).Increment();
}

void constants(crow::SimpleApp &app, Requests &requests) {
  requests.Add({{"route", "/users/<string>"}}).Increment();
  CROW_ROUTE(app, "/health")([&requests] {
    // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/health")([&requests] {{[{]}}{{$}}
    requests.Add({{"route", "/health"}}).Increment();
    return std::string("ok");
  });
}

void notAMetric(const crow::request &req, crow::response &res) {
  std::map<std::string, std::string> json{{"path", req.url}};
  logging::info("request " + req.raw_url);
  res.set_header("X-Request-Path", req.url);
}

void integralAndBool(const crow::request &req, Requests &requests) {
  requests.Add({{"path_length", std::to_string(req.url.size())},
                {"has_body", req.body.empty() ? "no" : "yes"},
                {"params", std::to_string(req.url_params.keys().size())}})
      .Increment();
}

void configField(const RouteConfig &config, Requests &requests) {
  requests.Add({{"route", config.path}}).Increment();
}
