// shaped after: zerotier/ZeroTierOne service/OneService.cpp (the pre-routing auth check)
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

#include "routes.h"

namespace ctl {

void install(httplib::Server &server, prometheus::Family<prometheus::Counter> &requests) {
  register_path("/status");
  register_path("/network");
  register_path("/peer");

  server.set_pre_routing_handler([&requests](const httplib::Request &req, httplib::Response &res) {
    if (!is_registered(req.path)) {
      requests.Add({{"path", "unregistered"}}).Increment(); // SAFE
      res.status = 404;
      return httplib::Server::HandlerResponse::Handled;
    }
    requests.Add({{"path", req.path}}).Increment(); // SAFE -- is_registered() returned above
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.set_post_routing_handler([&requests](const httplib::Request &req, httplib::Response &res) {
    requests.Add({{"route", route_of(req.path)}, {"status", std::to_string(res.status)}}).Increment(); // SAFE
    if (is_registered(req.path))
      res.set_header("X-Known-Route", "1");
    requests.Add({{"seen", req.path}}).Increment(); // LEAK: path -- the check above does not guard this line
    requests.Add({{"known", is_registered(req.target) ? "yes" : "no"}}).Increment(); // SAFE
  });
}

} // namespace ctl
