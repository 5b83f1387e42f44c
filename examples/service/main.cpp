// An example service with the metric-label leaks real services have.
//
// cpp-httplib 0.11.4 (Debian 12) routes by regular expression; prometheus-cpp
// exposes the registry for scraping. Both listen on 127.0.0.1 only. The
// server and its handlers are here; the request counter is in metrics.cpp.
//
//   example-service [--port N] [--metrics-port N]     (0 picks a free port)
//
// Run labelguard on it: see the README's first command.

#include "metrics.h"

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

namespace {

using prometheus::Counter;
using prometheus::Family;
using prometheus::Histogram;

struct Options {
  int port = 8080;
  int metrics_port = 9464;
};

Options parse_options(int argc, char **argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--port") == 0)
      options.port = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--metrics-port") == 0)
      options.metrics_port = std::atoi(argv[i + 1]);
  }
  return options;
}

// Counts requests that matched no route, by path.
void record_not_found(Family<Counter> &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}

} // namespace

int main(int argc, char **argv) {
  const Options options = parse_options(argc, argv);

  // SIGINT and SIGTERM stop the server from a thread of their own.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto registry = std::make_shared<prometheus::Registry>();
  service::RequestMetrics metrics{*registry};
  auto &response_bytes = prometheus::BuildHistogram()
                             .Name("http_response_bytes")
                             .Help("Size of HTTP response bodies")
                             .Register(*registry);
  auto &not_found = prometheus::BuildCounter()
                        .Name("http_not_found_total")
                        .Help("Requests that matched no route")
                        .Register(*registry);
  auto &searches = prometheus::BuildCounter()
                       .Name("search_queries_total")
                       .Help("Search queries by term")
                       .Register(*registry);

  httplib::Server server;
  // cpp-httplib 0.11 routes by regular expression. The service registers
  // nothing with labelguard: the fix that cures its labels also registers
  // these patterns where they are declared.
  server.Get(R"(/users/(\d+))",
             [](const httplib::Request &req, httplib::Response &res) {
               res.set_content("user " + req.matches[1].str() + "\n",
                               "text/plain");
             });
  server.Get(R"(/orders/(\d+)/items/(\d+))",
             [](const httplib::Request &req, httplib::Response &res) {
               res.set_content("order " + req.matches[1].str() + " item " +
                                   req.matches[2].str() + "\n",
                               "text/plain");
             });
  server.Get("/search", [&](const httplib::Request &req,
                            httplib::Response &res) {
    const std::string term = req.get_param_value("q");
    searches.Add({{"term", term}}).Increment();
    res.set_content("results for " + term + "\n", "text/plain");
  });
  server.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("ok\n", "text/plain");
  });

  server.set_error_handler([&](const httplib::Request &req,
                               httplib::Response &res) {
    if (res.status == 404)
      record_not_found(not_found, req.path);
  });

  server.set_logger([&](const httplib::Request &req,
                        const httplib::Response &res) {
    metrics.record_request(req.method, req.path, res.status);
    const std::string target = req.target;
    response_bytes
        .Add({{"target", target}},
             Histogram::BucketBoundaries{64, 256, 1024, 4096, 16384})
        .Observe(static_cast<double>(res.body.size()));
  });

  prometheus::Exposer exposer{"127.0.0.1:" +
                              std::to_string(options.metrics_port)};
  exposer.RegisterCollectable(registry);

  int port = options.port;
  if (port == 0)
    port = server.bind_to_any_port("127.0.0.1");
  else if (!server.bind_to_port("127.0.0.1", port))
    port = -1;
  if (port < 0) {
    std::cerr << "example-service: cannot listen on 127.0.0.1:"
              << options.port << "\n";
    return 1;
  }
  std::cout << "listening on 127.0.0.1:" << port << ", metrics on 127.0.0.1:"
            << exposer.GetListeningPorts().front() << std::endl;

  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  stopper.detach();
  return server.listen_after_bind() ? 0 : 1;
}
