// corpus: framework=httplib metrics=prometheus shape=lookalike
// Request data in places that look like label sets but are not: response
// JSON maps, structured logs, trace span attributes, configuration structs
// with a `path` field, response headers, caches, label lookups, metric
// values. All silent.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/labels.h>
#include <prometheus/registry.h>
#include "opentelemetry/trace/span.h"

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

using Family = prometheus::Family<prometheus::Counter>;

std::string to_json(const std::map<std::string, std::string> &fields);
void log_fields(const std::map<std::string, std::string> &fields);
void log_labels(const prometheus::Labels &labels);

struct EndpointConfig {
  std::string path;
  std::string name;
  int timeout_ms;
};

struct ServiceConfig {
  std::string path = "/api";
  std::vector<EndpointConfig> endpoints;
};

void handle(const httplib::Request &req, httplib::Response &res, Family &fam,
            prometheus::Family<prometheus::Gauge> &gauges,
            prometheus::Family<prometheus::Histogram> &sizes,
            opentelemetry::trace::Span &span, const ServiceConfig &cfg) {
  std::map<std::string, std::string> body{{"path", req.path}, {"query", req.target}}; // SAFE
  res.set_content(to_json(body), "application/json");

  log_fields({{"path", req.path}, {"ip", req.remote_addr}}); // SAFE
  std::cerr << "request path=" << req.path << " agent=" << req.get_header_value("User-Agent") << '\n'; // SAFE

  prometheus::Labels for_log{{"path", req.path}};
  log_labels(for_log); // SAFE

  span.SetAttribute("http.target", req.target.c_str()); // SAFE
  span.SetAttribute("http.user_agent", req.get_header_value("User-Agent").c_str()); // SAFE

  for (const auto &e : cfg.endpoints)
    fam.Add({{"path", e.path}, {"name", e.name}}).Increment(); // SAFE
  fam.Add({{"path", cfg.path}}).Increment(); // SAFE

  res.set_header("X-Request-Path", req.path); // SAFE

  static std::unordered_map<std::string, std::string> cache;
  cache[req.path] = res.body; // SAFE

  bool seen = fam.Has({{"path", req.path}}); // SAFE
  (void)seen;

  fam.Add({{"route", "/upload"}}).Increment(static_cast<double>(req.body.size())); // SAFE
  gauges.Add({{"sensor", "temperature"}}).Set(std::stod(req.get_param_value("celsius"))); // SAFE
  sizes.Add({{"route", "/upload"}}, prometheus::Histogram::BucketBoundaries{1e3, 1e6}).Observe(std::stod(req.get_header_value("Content-Length"))); // SAFE

  if (req.path.size() > 2048)
    throw std::runtime_error("path too long: " + req.path); // SAFE
}
