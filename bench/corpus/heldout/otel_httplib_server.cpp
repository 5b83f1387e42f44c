// corpus: framework=httplib metrics=otel shape=containers
// shaped after: open-telemetry/opentelemetry-cpp examples/http/server.cc,
//               examples/common/metrics_foo_library/foo_library.cc
//
// The server example puts request headers and the client address on its
// span; the metrics side records a duration histogram with an attribute map
// wrapped in a KeyValueIterableView, as the metrics example does.

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <httplib.h>
#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/context/context.h>
#include <opentelemetry/metrics/meter.h>
#include <opentelemetry/trace/span.h>

namespace metrics_api = opentelemetry::metrics;
namespace common = opentelemetry::common;
namespace nostd = opentelemetry::nostd;

namespace otelsvc {

using Attributes = std::map<std::string, std::string>;

// The routes the server registers.
const char *RouteFor(const httplib::Request &req) {
  if (req.path == "/helloworld") return "/helloworld";
  if (req.path == "/status") return "/status";
  return "unmatched";
}

class ServerTelemetry {
public:
  explicit ServerTelemetry(metrics_api::Meter &meter)
      : meter_(meter),
        duration_(meter.CreateDoubleHistogram("http.server.request.duration",
                                              "Duration of HTTP server requests", "s")),
        active_(meter.CreateInt64UpDownCounter("http.server.active_requests")) {}

  void OnRequest(const httplib::Request &req, const httplib::Response &res,
                 double seconds, opentelemetry::trace::Span &span) {
    Attributes attrs{{"http.request.method", req.method}, {"http.route", RouteFor(req)}};
    attrs["http.response.status_code"] = std::to_string(res.status);
    duration_->Record(seconds, common::KeyValueIterableView<Attributes>{attrs}, context_); // SAFE

    for (const auto &header : req.headers)
      span.SetAttribute("http.request.header." + header.first, header.second); // SAFE
    span.SetAttribute("url.path", req.path); // SAFE
    span.SetAttribute("client.address", req.remote_addr); // SAFE

    Attributes raw{{"url.path", req.path}, {"http.request.method", req.method}};
    duration_->Record(seconds, common::KeyValueIterableView<Attributes>{raw}, context_); // LEAK: path

    active_->Add(-1, {{"server.address", "localhost"}, {"url.scheme", "http"}}); // SAFE
    active_->Add(-1, {{"client.address", req.remote_addr}}); // LEAK: address
  }

  void CountAgents(const httplib::Request &req) {
    auto counter = meter_.CreateUInt64Counter("http.server.agent." + req.get_header_value("User-Agent")); // LEAK: header shape=name
    counter->Add(1);
    auto by_route = meter_.CreateUInt64Counter(std::string("http.server.route.") + RouteFor(req)); // SAFE shape=name
    by_route->Add(1);
  }

private:
  metrics_api::Meter &meter_;
  nostd::unique_ptr<metrics_api::Histogram<double>> duration_;
  nostd::unique_ptr<metrics_api::UpDownCounter<int64_t>> active_;
  opentelemetry::context::Context context_;
};

} // namespace otelsvc
