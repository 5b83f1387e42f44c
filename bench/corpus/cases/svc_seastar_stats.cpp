// corpus: framework=seastar metrics=seastar-metrics shape=members
// A Seastar service that keeps per-client statistics objects and registers a
// metric group for each new one (the per-client metrics pattern).
#include <seastar/core/metrics.hh>
#include <seastar/core/metrics_registration.hh>
#include <seastar/http/request.hh>

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>

namespace sm = seastar::metrics;
using seastar::sstring;

class ClientStats {
public:
  explicit ClientStats(sstring client) : _client(std::move(client)) {
    _metrics.add_group("clients", {
        sm::make_counter("requests", _requests, sm::description("requests per client"), {sm::label("client")(_client)}),
    });
  }
  void hit() { ++_requests; }

private:
  sstring _client;
  uint64_t _requests = 0;
  sm::metric_groups _metrics;
};

class Stats {
public:
  void on_request(const seastar::http::request &req) {
    std::ostringstream os;
    os << req.get_client_address();
    get_or_create(os.str()).hit(); // LEAK: address shape=helper-param
    get_or_create(req.get_header("X-Client-Name")).hit(); // LEAK: header shape=helper-param
    get_or_create("internal").hit(); // SAFE shape=helper-param
    register_route(req.get_query_param("route")); // LEAK: query shape=helper-param
    register_route("/status"); // SAFE shape=helper-param
  }

private:
  ClientStats &get_or_create(const sstring &client) {
    auto it = _clients.find(client);
    if (it == _clients.end())
      it = _clients.emplace(client, std::make_unique<ClientStats>(client)).first;
    return *it->second;
  }

  void register_route(const sstring &route) {
    sm::label route_label("route");
    _routes.add_group("routes", {
        sm::make_gauge("registered", _one, sm::description("routes"), {route_label(route)}),
    });
  }

  std::unordered_map<sstring, std::unique_ptr<ClientStats>> _clients;
  sm::metric_groups _routes;
  int64_t _one = 1;
};
