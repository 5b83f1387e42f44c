// shaped after: 4evour/Tour-Pass src/api.cpp (the /health route)
#include <httplib.h>

#include "metrics.h"

namespace trips {

void installHealth(httplib::Server &server) {
  server.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("{\"status\":\"ok\"}", "application/json");
    count_request("/health", res.status); // SAFE
    count_client("probe"); // SAFE
  });
}

} // namespace trips
