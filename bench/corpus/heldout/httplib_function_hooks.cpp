// corpus: framework=httplib metrics=prometheus shape=lambda
// shaped after: xyra-python/xyra xyra/native/bindings.cpp (handlers kept as callbacks);
//               CrowCpp/Crow include/crow/routing.h (type-erased std::function handlers)
//
// Metrics hooks are std::function members set once at start-up; handlers
// call them with whatever they want counted.

#include <functional>
#include <string>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace hooks {

struct Hooks {
  std::function<void(const std::string &)> on_route;
  std::function<void(const std::string &, int)> on_status;
};

void wire(Hooks &hooks, prometheus::Family<prometheus::Counter> &routes,
          prometheus::Family<prometheus::Counter> &statuses) {
  hooks.on_route = [&routes](const std::string &route) {
    routes.Add({{"route", route}}).Increment();
  };
  hooks.on_status = [&statuses](const std::string &route, int status) {
    statuses.Add({{"route", route}, {"status", std::to_string(status)}}).Increment();
  };
}

void serve(httplib::Server &svr, Hooks &hooks, prometheus::Family<prometheus::Counter> &queries) {
  svr.Get("/healthz", [&hooks](const httplib::Request &, httplib::Response &) {
    hooks.on_route("/healthz"); // SAFE
  });

  svr.Get(R"(/files/(.+))", [&hooks](const httplib::Request &req, httplib::Response &) {
    hooks.on_route(req.path); // LEAK: path
  });

  svr.set_post_routing_handler([&hooks](const httplib::Request &req, httplib::Response &res) {
    hooks.on_status(res.status == 404 ? "unmatched" : "matched", res.status); // SAFE
    hooks.on_status(req.target, res.status); // LEAK: target
  });

  svr.Get("/search", [&queries](const httplib::Request &req, httplib::Response &) {
    [&queries](const std::string &q) { queries.Add({{"q", q}}).Increment(); }(req.get_param_value("q")); // LEAK: query
    [&queries](const std::string &q) { queries.Add({{"q", q}}).Increment(); }("all"); // SAFE
    auto count_len = [&queries](std::size_t n) { queries.Add({{"q_len", n > 16 ? "long" : "short"}}).Increment(); };
    count_len(req.get_param_value("q").size()); // SAFE shape=bounded
  });
}

} // namespace hooks
