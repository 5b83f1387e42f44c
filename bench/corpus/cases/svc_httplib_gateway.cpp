// corpus: framework=httplib metrics=prometheus shape=helper-param
// An API gateway on cpp-httplib: a pre-routing hook that meters tenants and
// upstreams, a logger that records status per route, and a proxy helper.
#include <httplib.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace gateway {

struct Upstream {
  std::string name;
  std::string host;
  int port;
};

class GatewayMetrics {
public:
  explicit GatewayMetrics(prometheus::Registry &r)
      : requests_(prometheus::BuildCounter().Name("gateway_requests_total").Help("Requests").Register(r)),
        upstream_latency_(prometheus::BuildHistogram().Name("gateway_upstream_seconds").Help("Upstream latency").Register(r)),
        rejected_(prometheus::BuildCounter().Name("gateway_rejected_total").Help("Rejected").Register(r)) {}

  void request(const std::string &route, const std::string &tenant, int status) {
    requests_.Add({{"route", route}, {"tenant", tenant}, {"status", std::to_string(status)}}).Increment();
  }
  void upstream(const std::string &upstream, double seconds) {
    upstream_latency_.Add({{"upstream", upstream}}, prometheus::Histogram::BucketBoundaries{0.01, 0.1, 1}).Observe(seconds);
  }
  void rejected(const std::string &reason) { rejected_.Add({{"reason", reason}}).Increment(); }

private:
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Histogram> &upstream_latency_;
  prometheus::Family<prometheus::Counter> &rejected_;
};

class Gateway {
public:
  Gateway(GatewayMetrics &m, std::map<std::string, Upstream> upstreams) : m_(m), upstreams_(std::move(upstreams)) {}

  void install(httplib::Server &srv) {
    srv.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
      const std::string api_key = req.get_header_value("X-Api-Key");
      if (api_key.empty()) {
        m_.rejected("missing_key"); // SAFE
        res.status = 401;
        return httplib::Server::HandlerResponse::Handled;
      }
      if (req.path.size() > 1024) {
        m_.rejected("path_too_long"); // SAFE
        m_.rejected(req.path.substr(0, 32)); // LEAK: path
        res.status = 414;
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });

    srv.Get("/proxy/(.*)", [this](const httplib::Request &req, httplib::Response &res) { proxy(req, res); });

    srv.set_logger([this](const httplib::Request &req, const httplib::Response &res) {
      const std::string tenant = req.get_header_value("X-Tenant");
      m_.request(labelguard::route_label(req.path), "all", res.status); // SAFE
      m_.request(labelguard::route_label(req.path), tenant, res.status); // LEAK: header
      m_.request(req.path, "all", res.status); // LEAK: path
    });
  }

private:
  void proxy(const httplib::Request &req, httplib::Response &res) {
    const std::string service = req.matches[1];
    auto it = upstreams_.find(service);
    if (it == upstreams_.end()) {
      m_.rejected("unknown_upstream"); // SAFE
      m_.upstream(service, 0.0); // LEAK: pathparam
      res.status = 404;
      return;
    }
    auto t0 = std::chrono::steady_clock::now();
    httplib::Client cli(it->second.host, it->second.port);
    auto upstream_res = cli.Get(req.target.c_str());
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    m_.upstream(it->second.name, secs); // SAFE
    m_.upstream(service, secs); // SAFE shape=guarded
    res.status = upstream_res ? upstream_res->status : 502;
  }

  GatewayMetrics &m_;
  std::map<std::string, Upstream> upstreams_;
};

} // namespace gateway
