#include "server/handlers.h"

#include <prometheus/registry.h>

int main(int argc, char **argv) {
  prometheus::Registry registry;
  auto &requests = prometheus::BuildCounter()
                       .Name("http_requests_total")
                       .Help("Requests by path")
                       .Register(registry);
  httplib::Server server;
  server.Get("/hello", [&](const httplib::Request &req, httplib::Response &res) {
    handle_hello(req, res, requests);
  });
  server.Get("/health", [&](const httplib::Request &, httplib::Response &res) {
    handle_health(res, requests);
  });
  // Built, never run by the test; `server 8080` serves.
  if (argc > 1)
    server.listen("127.0.0.1", std::atoi(argv[1]));
  return 0;
}
