// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// userver's server::http::HttpRequest (stub of 2.x) against userver's own
// metrics writer (utils::statistics::Writer, LabelView, Label).

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <userver/server/handlers/http_handler_base.hpp>
#include <userver/server/http/http_request.hpp>
#include <userver/utils/statistics/labels.hpp>
#include <userver/utils/statistics/writer.hpp>

using userver::server::http::HttpRequest;
using userver::utils::statistics::Label;
using userver::utils::statistics::LabelView;
using userver::utils::statistics::Writer;

void requestPath(const HttpRequest &req, Writer &writer) {
  writer.ValueWithLabels(1, {"path", req.GetRequestPath()});
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: reaches the label of 'userver::utils::statistics::LabelView' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  writer.ValueWithLabels(1, {"path", labelguard::route_label(req.GetRequestPath())});{{$}}
}

void url(const HttpRequest &req) {
  Label owned("url", req.GetUrl());
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: reaches the label of 'userver::utils::statistics::Label' here
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  Label owned("url", labelguard::route_label(req.GetUrl()));{{$}}
}

void pathArg(const HttpRequest &req, Writer &writer) {
  writer.ValueWithLabels(1, LabelView("user", req.GetPathArg("user_id")));
  // CHECK-NOTES: :[[@LINE-1]]:47: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: reaches the label of 'userver::utils::statistics::LabelView' here
  // CHECK-NOTES: :[[@LINE-3]]:47: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void queryArg(const HttpRequest &req, Writer &writer) {
  const std::string &tenant = req.GetArg("tenant");
  writer.ValueWithLabels(1, {{"tenant", tenant}, {"method", "GET"}});
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: flows into 'tenant' here
  // CHECK-NOTES: :[[@LINE-4]]:30: note: reaches the label of 'userver::utils::statistics::LabelView' here
  // CHECK-NOTES: :[[@LINE-5]]:41: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void header(const HttpRequest &req) {
  Label agent("agent", req.GetHeader("User-Agent"));
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: reaches the label of 'userver::utils::statistics::Label' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void cookie(const HttpRequest &req) {
  Label session("session", req.GetCookie("session"));
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: reaches the label of 'userver::utils::statistics::Label' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix for a request cookie: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteAddress(const HttpRequest &req) {
  Label client("client", req.GetRemoteAddress().PrimaryAddressString());
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: reaches the label of 'userver::utils::statistics::Label' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void metricPath(const HttpRequest &req, Writer &writer) {
  writer["http"][req.GetRequestPath()] = 1;
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: reaches the name of 'userver::utils::statistics::Writer::operator[]' here
  // CHECK-NOTES: :[[@LINE-3]]:18: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

class Handler final : public userver::server::handlers::HttpHandlerBase {
public:
  void Dump(Writer &writer) const {
    writer.ValueWithLabels(1, {"handler", HandlerName()});
    const auto &path = std::get<std::string>(GetConfig().path);
    writer.ValueWithLabels(1, {"route", path});
  }
};

void methodIsNotReportedByDefault(const HttpRequest &req, Writer &writer) {
  writer.ValueWithLabels(1, {"method", req.GetMethodStr()});
}

void constants(Writer &writer) {
  writer.ValueWithLabels(1, {{"route", "/v1/users/{user_id}"}, {"method", "GET"}});
  writer["http"]["requests"] = 1;
}

void notAMetric(const HttpRequest &req) {
  std::map<std::string, std::string> json{{"path", req.GetRequestPath()}};
  logging::info("request " + req.GetUrl());
  req.GetHttpResponse().SetHeader("X-Request-Path", req.GetRequestPath());
}

void integralAndBool(const HttpRequest &req, Writer &writer) {
  writer.ValueWithLabels(req.ArgCount(), {"args", std::to_string(req.PathArgCount())});
  writer.ValueWithLabels(1, {"has_user", req.HasArg("user") ? "yes" : "no"});
  writer["http"]["body_bytes"] = req.RequestBody().size();
}

void configField(const RouteConfig &config, Writer &writer) {
  writer.ValueWithLabels(1, {"route", config.path});
  writer[config.path] = 1;
}
