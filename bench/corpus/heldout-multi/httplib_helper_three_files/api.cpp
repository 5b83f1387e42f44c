// shaped after: 4evour/Tour-Pass src/api.cpp (installMiddleware)
#include <string>

#include <httplib.h>

#include "metrics.h"

namespace trips {

void installMiddleware(httplib::Server &server) {
  server.set_post_routing_handler([](const httplib::Request &req, httplib::Response &res) {
    count_request(req.path, res.status); // LEAK: path
    count_client(req.remote_addr); // LEAK: address
    count_cache(res.has_header("X-Cache")); // SAFE
  });

  server.Get("/poi/search", [](const httplib::Request &req, httplib::Response &res) {
    std::string q = req.get_param_value("q");
    count_request(q.empty() ? "/poi/search" : "/poi/search?q=" + q, res.status); // LEAK: query
    count_request("/poi/search", res.status); // SAFE
  });
}

} // namespace trips
