// corpus: framework=seastar metrics=seastar shape=containers
// shaped after: redpanda-data/redpanda src/v/pandaproxy/probe.cc, src/v/pandaproxy/probe.h;
//               scylladb/seastar src/http/httpd.cc
//
// A per-endpoint probe built from the generated path description (labels:
// the service name and the operation's nickname), next to per-tenant and
// per-topic groups that are registered the first time a value shows up.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <seastar/http/json_path.hh>
#include <seastar/http/request.hh>

namespace ss = seastar;
namespace sm = seastar::metrics;

namespace proxy {

struct request_counters {
  int64_t ok = 0;
  int64_t client_errors = 0;
  int64_t server_errors = 0;
};

class endpoint_probe {
public:
  endpoint_probe(const ss::httpd::path_description &path_desc,
                 const ss::sstring &group_name)
      : _path(path_desc), _group_name(group_name) {
    setup_metrics();
  }

  void record(int status) {
    if (status >= 500)
      ++_counters.server_errors;
    else if (status >= 400)
      ++_counters.client_errors;
    else
      ++_counters.ok;
  }

private:
  void setup_metrics() {
    std::vector<sm::label_instance> labels;
    labels.push_back(sm::label_instance("service", _group_name)); // SAFE
    sm::label operation("operation");
    labels.push_back(operation(_path.operations.nickname)); // SAFE
    labels.push_back(sm::label_instance("path", _path.path)); // SAFE
    sm::label status("status");
    _metrics.add_group(
        "pandaproxy",
        {sm::make_counter("request_errors_total", _counters.server_errors,
                          sm::description("Server errors"), labels),
         sm::make_counter("request_errors_total", _counters.client_errors,
                          sm::description("Client errors"), {status("4xx")})}); // SAFE
  }

  request_counters _counters;
  const ss::httpd::path_description &_path;
  const ss::sstring &_group_name;
  sm::metric_groups _metrics;
};

// Groups registered on first sight of a value.
class dynamic_probes {
public:
  void on_request(const ss::http::request &req) {
    auto tenant = req.get_header("X-Tenant");
    auto [it, inserted] = _by_tenant.try_emplace(tenant, 0);
    ++it->second;
    if (!inserted)
      return;
    std::vector<sm::label_instance> labels{sm::label_instance("tenant", tenant)}; // LEAK: header
    _groups.add_group("tenant", {sm::make_counter("requests_total", it->second,
                                                  sm::description("Requests per tenant"),
                                                  labels)});
  }

  void on_produce(const ss::http::request &req) {
    auto topic = req.get_path_param("topic_name");
    sm::label topic_label("topic");
    _groups.add_group("produce", {sm::make_counter("produce_requests_total", _produced,
                                                   sm::description("Produce requests"),
                                                   {topic_label(topic)})}); // LEAK: pathparam
  }

  void on_url(const ss::http::request &req) {
    _groups.add_group("urls", {sm::make_gauge("last_seen_" + req._url, _last_seen, sm::description("Last time a URL was seen"))}); // LEAK: target shape=name
  }

  void on_status(int code) {
    sm::label status("status");
    _groups.add_group("status", {sm::make_counter("responses_total", _responses,
                                                  sm::description("Responses"),
                                                  {status(code >= 500 ? "5xx" : code >= 400 ? "4xx" : "ok")})}); // SAFE
  }

private:
  std::map<std::string, int64_t> _by_tenant;
  int64_t _produced = 0;
  int64_t _responses = 0;
  double _last_seen = 0;
  sm::metric_groups _groups;
};

} // namespace proxy
