// corpus: framework=httplib metrics=prometheus shape=guarded
// shaped after: drogonframework/drogon examples/prometheus_example/filters/PromStat.cc (label by route, not by path);
//               4evour/Tour-Pass src/api.cpp (post-routing metrics)
//
// The service registers its route templates with the runtime guard and
// labels through it; two spots use the guard's answer wrongly.

#include <string>

#include <httplib.h>
#include <labelguard/cardinality_limiter.hpp>
#include <labelguard/method_label.hpp>
#include <labelguard/route_guard.hpp>
#include <labelguard/route_table.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace guarded {

struct Families {
  prometheus::Family<prometheus::Counter> &requests;
  prometheus::Family<prometheus::Counter> &tenants;
  prometheus::Family<prometheus::Counter> &latency;
  prometheus::Family<prometheus::Counter> &raw;
  prometheus::Family<prometheus::Counter> &apps;
  prometheus::Family<prometheus::Counter> &admin;
};

const labelguard::RouteTable &admin_routes() {
  static const labelguard::RouteTable table = [] {
    labelguard::RouteTable t;
    t.add("/admin/users/:id").add("/admin/flags");
    return t;
  }();
  return table;
}

void install(httplib::Server &svr, Families &f) {
  labelguard::register_routes({"/api/v1/users/:id", "/api/v1/orders/:id", "/healthz"});
  static labelguard::CardinalityLimiter tenants(50);

  svr.set_post_routing_handler([&f](const httplib::Request &req, httplib::Response &res) {
    f.requests.Add({{"route", labelguard::route_label(req.path)}, {"method", labelguard::method_label(req.method)}}).Increment(); // SAFE
    f.tenants.Add({{"tenant", tenants(req.get_header_value("X-Tenant"))}}).Increment(); // SAFE

    const std::string &route = labelguard::route_label(req.target);
    f.latency.Add({{"route", route == "unregistered-path" ? req.path : route}}).Increment(); // LEAK: path

    labelguard::route_label(req.path);
    f.raw.Add({{"path", req.path}}).Increment(); // LEAK: path -- the guard's answer is thrown away

    f.apps.Add({{"app", labelguard::limit_label(req.get_param_value("app"))}}).Increment(); // SAFE
    f.admin.Add({{"route", admin_routes().match(req.path)}}).Increment(); // SAFE
    f.requests.Add({{"status", std::to_string(res.status)}}).Increment(); // SAFE
  });
}

} // namespace guarded
