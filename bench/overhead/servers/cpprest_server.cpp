// bench/overhead: a small cpprestsdk (Casablanca) http_listener service
// metered with prometheus-cpp, written the way such services are (a listener
// class with per-method handlers and a metering wrapper). Parsed, never linked.
#include <cpprest/http_listener.h>
#include <cpprest/json.h>
#include <cpprest/uri.h>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

using web::http::http_request;
using web::http::methods;
using web::http::status_codes;
using web::http::experimental::listener::http_listener;

namespace {

class Service {
public:
  Service(const std::string &url, prometheus::Registry &registry)
      : listener_(url),
        requests_(prometheus::BuildCounter()
                      .Name("http_requests_total")
                      .Help("Requests by method, path and status")
                      .Register(registry)),
        latency_(prometheus::BuildHistogram()
                     .Name("http_request_duration_seconds")
                     .Help("Latency by route")
                     .Register(registry)),
        clients_(prometheus::BuildCounter()
                     .Name("http_clients_total")
                     .Help("Requests by client address")
                     .Register(registry)) {
    listener_.support(methods::GET, [this](http_request req) {
      metered(req, [this](http_request &r) { return get(r); });
    });
    listener_.support(methods::POST, [this](http_request req) {
      metered(req, [this](http_request &r) { return post(r); });
    });
  }

  void open() { listener_.open().wait(); }
  void close() { listener_.close().wait(); }

private:
  using Handler = std::function<web::http::status_code(http_request &)>;

  void metered(http_request &req, const Handler &handler) {
    const auto start = std::chrono::steady_clock::now();
    const web::http::status_code status = handler(req);
    const std::string path = req.relative_uri().path();
    record(req.method(), path, status);
    clients_.Add({{"client", req.remote_address()}}).Increment();
    const double seconds = std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start)
                               .count();
    latency_
        .Add({{"route", labelguard::route_label(path)}},
             prometheus::Histogram::BucketBoundaries{0.001, 0.01, 0.1, 1})
        .Observe(seconds);
  }

  void record(const std::string &method, const std::string &path,
              web::http::status_code status) {
    requests_
        .Add({{"method", method},
              {"path", path},
              {"status", std::to_string(status)}})
        .Increment();
  }

  web::http::status_code get(http_request &req) {
    const auto segments = web::uri::split_path(req.relative_uri().path());
    if (segments.size() == 2 && segments[0] == "users") {
      web::json::value body;
      body["user"] = web::json::value::string(segments[1]);
      req.reply(status_codes::OK, body);
      return status_codes::OK;
    }
    req.reply(status_codes::NotFound);
    return status_codes::NotFound;
  }

  web::http::status_code post(http_request &req) {
    const auto body = req.extract_json().get();
    req.reply(status_codes::Created, body);
    return status_codes::Created;
  }

  http_listener listener_;
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Histogram> &latency_;
  prometheus::Family<prometheus::Counter> &clients_;
};

} // namespace

int main() {
  labelguard::register_routes({"/users/{id}", "/orders"});
  auto registry = std::make_shared<prometheus::Registry>();
  prometheus::Exposer exposer{"127.0.0.1:9464"};
  exposer.RegisterCollectable(registry);
  Service service("http://127.0.0.1:8080", *registry);
  service.open();
  std::cout << "listening on 127.0.0.1:8080" << std::endl;
  std::this_thread::sleep_for(std::chrono::hours(24 * 365));
  service.close();
}
