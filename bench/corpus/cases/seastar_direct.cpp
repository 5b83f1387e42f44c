// corpus: framework=seastar metrics=seastar-metrics shape=direct
// Seastar httpd request handling that registers per-request-attribute metric
// groups with seastar::metrics (the lazily created "per tenant/per path"
// pattern).
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <seastar/http/json_path.hh>
#include <seastar/http/request.hh>

#include <cstdint>
#include <memory>

namespace sm = seastar::metrics;
using seastar::sstring;

class RequestStats {
public:
  void on_request(const seastar::http::request &req) {
    _groups.add_group("http", {
        sm::make_counter("requests", _count, sm::description("requests"), {sm::label("url")(req._url)}), // LEAK: target
    });
    _groups.add_group("http", {
        sm::make_counter("by_client", _count, sm::description("by client"),
                         {sm::label_instance("q", req.get_query_param("q"))}), // LEAK: query
    });
    _groups.add_group("http", {
        sm::make_gauge("inflight", _inflight, sm::description("in flight"),
                       {sm::label("user")(req.get_path_param("user"))}), // LEAK: pathparam
    });
    _groups.add_group("http", {
        sm::make_derive("bytes", _bytes, sm::description("bytes"),
                        {sm::label("agent")(req.get_header("User-Agent"))}), // LEAK: header
    });
    _groups.add_group("http", {
        sm::make_counter("objects", _count, sm::description("objects"),
                         {sm::label("object")(req.param.at("object"))}), // LEAK: pathparam
    });
    _groups.add_group("http", {
        sm::make_counter("paths", _count, sm::description("paths"),
                         {sm::label("path")(req.param.path("path"))}), // LEAK: pathparam
    });
    _groups.add_group("http", {
        sm::make_counter("hosts", _count, sm::description("hosts"),
                         {sm::label("host")(req._headers.at("Host"))}), // LEAK: header
    });
    _groups.add_group("http", {
        sm::make_counter("full", _count, sm::description("full url"),
                         {sm::label("url")(req.get_url())}), // LEAK: target
    });
    _groups.add_group("http", {
        sm::make_counter("ids", _count, sm::description("ids"),
                         {sm::label("id")(req.get_query_param_array("id").front())}), // LEAK: query
    });
    _groups.add_group("http", {
        sm::make_counter("methods", _count, sm::description("methods"),
                         {sm::label("method")(req._method)}), // SAFE
    });
    _groups.add_group("http", {
        sm::make_counter("protocols", _count, sm::description("protocols"),
                         {sm::label("protocol")(req.get_protocol_name())}), // SAFE
    });
  }

  void on_api(const seastar::httpd::path_description &api, const seastar::http::request &) {
    _groups.add_group("api", {
        sm::make_counter("calls", _count, sm::description("api calls"),
                         {sm::label("route")(api.path), sm::label("op")(api.operations.nickname)}), // SAFE
    });
  }

private:
  sm::metric_groups _groups;
  uint64_t _count = 0;
  int64_t _inflight = 0;
  uint64_t _bytes = 0;
};
