// The check against the real Debian 12 headers of cpp-httplib 0.11.4
// (libcpp-httplib-dev, with the defines of its cpp-httplib.pc) and
// prometheus-cpp 1.0.1 (prometheus-cpp-dev): the request's members beyond
// path and target, and the Builder's sinks.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -DCPPHTTPLIB_OPENSSL_SUPPORT -DCPPHTTPLIB_ZLIB_SUPPORT -DCPPHTTPLIB_BROTLI_SUPPORT

#include <httplib.h>
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>
#include <string>

using prometheus::Counter;
using prometheus::Family;

void queryParameter(const httplib::Request &req, Family<Counter> &family) {
  const std::string term = req.get_param_value("q");
  family.Add({{"term", term}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:28: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:21: note: flows into 'term' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void paramsMap(const httplib::Request &req, Family<Counter> &family) {
  auto page = req.params.find("page");
  if (page != req.params.end())
    family.Add({{"page", page->second}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-4]]:15: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-5]]:8: note: flows into 'page' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerValue(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"agent", req.get_header_value("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headersMap(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"tenant", req.headers.find("X-Tenant")->second}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void regexCapture(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"user", req.matches[1].str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request path parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for a request path parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remoteAddr(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"client", req.remote_addr}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void remotePort(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"port", std::to_string(req.remote_port)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void body(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"body", req.body}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void uploadedFile(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"file", req.get_file_value("upload").filename}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the request body; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix for the request body: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void builderLabels(const httplib::Request &req, prometheus::Registry &registry) {
  prometheus::BuildCounter()
      .Name("requests_by_host_total")
      .Labels({{"host", req.get_header_value("Host")}})
      // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-2]]:8: note: reaches the label of 'prometheus::detail::Builder::Labels' here
      // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
      .Register(registry);
}

void builderName(const httplib::Request &req, prometheus::Registry &registry) {
  prometheus::BuildCounter().Name("requests_" + req.path).Register(registry);
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:49: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:30: note: reaches the name of 'prometheus::detail::Builder::Name' here
  // CHECK-NOTES: :[[@LINE-4]]:35: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

struct RouteConfig {
  std::string path;
};

void logLine(const std::string &line);

void constants(Family<Counter> &family, prometheus::Registry &registry) {
  family.Add({{"route", "/users/:id"}}).Increment();
  prometheus::BuildCounter()
      .Name("http_requests_total")
      .Labels({{"service", "example"}})
      .Register(registry);
}

void configPath(const RouteConfig &config, Family<Counter> &family) {
  family.Add({{"route", config.path}}).Increment();
}

void lookupOnly(const httplib::Request &req, Family<Counter> &family) {
  (void)family.Has({{"path", req.path}});
}

void methodNotReportedByDefault(const httplib::Request &req, Family<Counter> &family) {
  // method is a Method source: ReportKinds leaves it out by default.
  family.Add({{"method", req.method}}).Increment();
}

void serverSide(const httplib::Request &req, const httplib::Response &res,
                Family<Counter> &family) {
  family.Add({{"listener", req.local_addr + ":" + std::to_string(req.local_port)}})
      .Increment();
  family.Add({{"version", req.version}}).Increment();
  // The response's headers are the handler's own.
  family.Add({{"type", res.get_header_value("Content-Type")}}).Increment();
}

void numbersAboutTheRequest(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"long", req.path.size() > 64 ? "yes" : "no"}}).Increment();
  family.Add({{"traced", req.has_header("traceparent") ? "yes" : "no"}}).Increment();
  family.Add({{"pages", std::to_string(req.get_param_value_count("page"))}}).Increment();
  family.Add({{"multipart", req.is_multipart_form_data() ? "yes" : "no"}}).Increment();
}

void notAMetric(const httplib::Request &req, httplib::Response &res) {
  std::map<std::string, std::string> json{{"path", req.path}, {"q", req.get_param_value("q")}};
  logLine(req.get_header_value("User-Agent"));
  res.set_content("hello " + req.get_param_value("name"), "text/plain");
}
