// corpus: framework=oatpp metrics=opentelemetry shape=direct
// Oat++ request handling code (what the ENDPOINT macros expand around)
// recording OpenTelemetry metrics with request attributes.
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/server/api/Endpoint.hpp"
#include "opentelemetry/metrics/meter.h"
#include "opentelemetry/metrics/sync_instruments.h"
#include "opentelemetry/trace/span.h"

#include <cstdint>
#include <memory>
#include <string>

namespace otel = opentelemetry;
using IncomingRequest = oatpp::web::protocol::http::incoming::Request;

class RequestMetrics {
public:
  explicit RequestMetrics(otel::metrics::Meter &meter)
      : requests_(meter.CreateUInt64Counter("http.server.requests")),
        duration_(meter.CreateDoubleHistogram("http.server.duration", "", "ms")) {}

  void on_get_user(const std::shared_ptr<IncomingRequest> &request) {
    requests_->Add(1, {{"http.target", request->getStartingLine().path.std_str()}}); // LEAK: target
    requests_->Add(1, {{"user.id", request->getPathVariable("userId")->c_str()}}); // LEAK: pathparam
    requests_->Add(1, {{"http.route", "/users/{userId}"}}); // SAFE
  }

  void on_search(const std::shared_ptr<IncomingRequest> &request, double ms) {
    duration_->Record(ms, {{"q", request->getQueryParameter("q")->c_str()}}, otel::context::Context{}); // LEAK: query
    duration_->Record(ms, {{"page", *request->getQueryParameter("page", "1")}}, otel::context::Context{}); // LEAK: query
    duration_->Record(ms, {{"agent", *request->getHeader("User-Agent")}}, otel::context::Context{}); // LEAK: header
    duration_->Record(ms, {{"status", int64_t{200}}}, otel::context::Context{}); // SAFE
  }

  void on_static(const std::shared_ptr<IncomingRequest> &request) {
    requests_->Add(1, {{"file", request->getPathTail()->c_str()}}); // LEAK: pathparam
    requests_->Add(1, {{"tenant", request->getPathVariables().getVariable("tenant")->c_str()}}); // LEAK: pathparam
    requests_->Add(1, {{"accept", request->getHeaders().get("Accept")->c_str()}}); // LEAK: header
    requests_->Add(1, {{"token", request->getQueryParameters().get("token")->c_str()}}); // LEAK: query
  }

  void on_upload(const std::shared_ptr<IncomingRequest> &request) {
    requests_->Add(1, {{"body", request->readBodyToString()->c_str()}}); // LEAK: body
    requests_->Add(1, {{"method", request->getStartingLine().method.std_str()}}); // SAFE
  }

  void on_endpoint(const oatpp::web::server::api::Endpoint &endpoint,
                   const std::shared_ptr<IncomingRequest> &request,
                   otel::trace::Span &span) {
    auto info = const_cast<oatpp::web::server::api::Endpoint &>(endpoint).info();
    requests_->Add(1, {{"http.route", info->path->c_str()}}); // SAFE
    requests_->Add(1, {{"handler", info->name->c_str()}}); // SAFE
    span.SetAttribute("http.target", request->getStartingLine().path.std_str()); // SAFE
  }

private:
  otel::nostd::unique_ptr<otel::metrics::Counter<uint64_t>> requests_;
  otel::nostd::unique_ptr<otel::metrics::Histogram<double>> duration_;
};
