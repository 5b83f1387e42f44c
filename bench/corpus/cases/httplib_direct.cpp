// corpus: framework=httplib metrics=prometheus shape=direct
// A cpp-httplib 0.11.4 API server instrumented with prometheus-cpp 1.0.1: the
// request data goes straight into the label set of Family::Add.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <memory>
#include <string>

namespace {

struct Metrics {
  explicit Metrics(prometheus::Registry &registry)
      : requests(prometheus::BuildCounter()
                     .Name("http_requests_total")
                     .Help("Requests served")
                     .Register(registry)),
        latency(prometheus::BuildHistogram()
                    .Name("http_request_duration_seconds")
                    .Help("Latency")
                    .Register(registry)),
        in_flight(prometheus::BuildGauge()
                      .Name("http_in_flight")
                      .Help("In-flight requests")
                      .Register(registry)) {}
  prometheus::Family<prometheus::Counter> &requests;
  prometheus::Family<prometheus::Histogram> &latency;
  prometheus::Family<prometheus::Gauge> &in_flight;
};

const prometheus::Histogram::BucketBoundaries kBuckets{0.005, 0.01, 0.05, 0.1, 0.5, 1};

} // namespace

void install_routes(httplib::Server &server, Metrics &m) {
  server.Get("/users/(\\d+)", [&](const httplib::Request &req, httplib::Response &res) {
    m.requests.Add({{"path", req.path}}).Increment(); // LEAK: path
    m.requests.Add({{"user", req.matches[1]}}).Increment(); // LEAK: pathparam
    res.set_content("{}", "application/json");
  });

  server.Get("/search", [&](const httplib::Request &req, httplib::Response &res) {
    m.requests.Add({{"q", req.get_param_value("q")}}).Increment(); // LEAK: query
    m.requests.Add({{"target", req.target}}).Increment(); // LEAK: target
    m.requests.Add({{"route", "/search"}}).Increment(); // SAFE
    res.set_content("[]", "application/json");
  });

  server.Post("/ingest", [&](const httplib::Request &req, httplib::Response &res) {
    auto t0 = std::chrono::steady_clock::now();
    m.requests.Add({{"client", req.remote_addr}}).Increment(); // LEAK: address
    m.requests.Add({{"agent", req.get_header_value("User-Agent")}}).Increment(); // LEAK: header
    m.requests.Add({{"payload", req.body}}).Increment(); // LEAK: body
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    m.latency.Add({{"tenant", req.get_header_value("X-Tenant-Id")}}, kBuckets).Observe(secs); // LEAK: header
    m.latency.Add({{"route", "/ingest"}, {"method", req.method}}, kBuckets).Observe(secs); // SAFE
    res.status = 204;
  });

  server.Get("/files/(.*)", [&](const httplib::Request &req, httplib::Response &res) {
    m.in_flight.Add({{"file", req.matches[1].str()}}).Increment(); // LEAK: pathparam
    m.in_flight.Add({{"session", req.get_header_value("Cookie")}}).Decrement(); // LEAK: header
    res.status = 200;
  });

  server.Get("/export", [&](const httplib::Request &req, httplib::Response &res) {
    // The label key itself taken from the request is as bad as the value.
    m.requests.Add({{req.get_param_value("dimension"), "1"}}).Increment(); // LEAK: query
    m.requests.Add({{"format", req.has_param("format") ? "custom" : "default"}}).Increment(); // SAFE
    res.status = 200;
  });

  server.set_logger([&](const httplib::Request &req, const httplib::Response &res) {
    m.requests.Add({{"path", req.path}, {"code", std::to_string(res.status)}}).Increment(); // LEAK: path
    m.requests.Add({{"code", std::to_string(res.status)}}).Increment(); // SAFE
  });

  server.set_error_handler([&](const httplib::Request &req, httplib::Response &res) {
    m.requests.Add({{"not_found", req.path}}).Increment(); // LEAK: path
    m.requests.Add({{"status", std::to_string(res.status)}}).Increment(); // SAFE
  });
}

int main() {
  prometheus::Registry registry;
  Metrics metrics(registry);
  httplib::Server server;
  install_routes(server, metrics);
  server.listen("0.0.0.0", 8080);
}
