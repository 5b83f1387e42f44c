// corpus: framework=proxygen metrics=opentelemetry shape=members
// A Proxygen RequestHandler that stashes request attributes in members in
// onRequest and records an OpenTelemetry histogram in onEOM.
#include <proxygen/lib/http/HTTPMessage.h>
#include "opentelemetry/metrics/sync_instruments.h"
#include "opentelemetry/trace/span.h"

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace otel = opentelemetry;

class TimedHandler {
public:
  TimedHandler(otel::metrics::Histogram<double> &latency, otel::metrics::Counter<uint64_t> &requests,
               otel::trace::Span &span)
      : latency_(latency), requests_(requests), span_(span) {}

  void onRequest(std::unique_ptr<proxygen::HTTPMessage> headers) noexcept {
    start_ = std::chrono::steady_clock::now();
    method_ = headers->getMethodString(); // SAFE
    path_ = headers->getPath();
    span_.SetAttribute("http.target", headers->getURL().c_str()); // SAFE shape=lookalike
    requests_.Add(1, {{"http.method", method_.c_str()}}); // SAFE
    std::map<std::string, std::string> attrs{{"client", headers->getClientIP()}};
    requests_.Add(1, attrs); // LEAK: address shape=containers
    headers_ = std::move(headers);
  }

  void onEOM() noexcept {
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    latency_.Record(ms, {{"http.method", method_.c_str()}}, otel::context::Context{}); // SAFE
    latency_.Record(ms, {{"http.path", path_.c_str()}}, otel::context::Context{}); // LEAK: path
    latency_.Record(ms, {{"referer", headers_->getHeaders().getSingleOrEmpty("Referer").c_str()}}, otel::context::Context{}); // LEAK: header shape=direct
  }

private:
  otel::metrics::Histogram<double> &latency_;
  otel::metrics::Counter<uint64_t> &requests_;
  otel::trace::Span &span_;
  std::chrono::steady_clock::time_point start_;
  std::string method_;
  std::string path_;
  std::unique_ptr<proxygen::HTTPMessage> headers_;
};
