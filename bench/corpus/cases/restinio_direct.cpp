// corpus: framework=restinio metrics=opentelemetry shape=direct
// A RESTinio express router whose handlers record OpenTelemetry counters
// with request attributes.
#include <restinio/all.hpp>
#include "opentelemetry/metrics/sync_instruments.h"

#include <cstdint>
#include <memory>
#include <string>

namespace otel = opentelemetry;
using router_t = restinio::router::express_router_t<>;

std::unique_ptr<router_t> make_router(otel::metrics::Counter<uint64_t> &requests) {
  auto router = std::make_unique<router_t>();

  router->http_get("/api/v1/books/:isbn", [&requests](restinio::request_handle_t req, restinio::router::route_params_t params) {
    requests.Add(1, {{"isbn", std::string(params["isbn"])}}); // LEAK: pathparam
    requests.Add(1, {{"target", req->header().request_target()}}); // LEAK: target
    requests.Add(1, {{"path", std::string(req->header().path())}}); // LEAK: path
    requests.Add(1, {{"route", "/api/v1/books/:isbn"}}); // SAFE
    return restinio::request_handling_status_t::accepted;
  });

  router->http_get("/api/v1/search", [&requests](restinio::request_handle_t req, restinio::router::route_params_t) {
    const auto qp = restinio::parse_query(req->header().query());
    requests.Add(1, {{"q", std::string(qp["q"])}}); // LEAK: query
    requests.Add(1, {{"query", std::string(req->header().query())}}); // LEAK: query
    requests.Add(1, {{"lang", std::string(qp.get_param("lang").value_or("en"))}}); // LEAK: query
    requests.Add(1, {{"agent", req->header().get_field("User-Agent")}}); // LEAK: header
    requests.Add(1, {{"ref", req->header().get_field_or("Referer", "none")}}); // LEAK: header
    requests.Add(1, {{"auth", std::string(req->header().value_of("Authorization"))}}); // LEAK: header
    requests.Add(1, {{"has_q", qp.has("q")}}); // SAFE
    requests.Add(1, {{"method", req->header().method().c_str()}}); // SAFE
    return restinio::request_handling_status_t::accepted;
  });

  router->http_post("/api/v1/upload/:bucket/:name", [&requests](restinio::request_handle_t req, restinio::router::route_params_t params) {
    requests.Add(1, {{"bucket", std::string(params[0])}}); // LEAK: pathparam
    requests.Add(1, {{"name", std::string(params.get_param("name").value_or(""))}}); // LEAK: pathparam
    requests.Add(1, {{"body", req->body()}}); // LEAK: body
    requests.Add(1, {{"peer", req->remote_endpoint().address().to_string()}}); // LEAK: address
    requests.Add(1, {{"size", static_cast<int64_t>(req->body().size())}}); // SAFE
    return restinio::request_handling_status_t::accepted;
  });
  return router;
}
