// bench/overhead: a small Boost.Beast HTTP/1.1 server metered with
// prometheus-cpp, written the way such services are (one thread per
// connection, a route switch, a metrics middleware). Parsed, never linked:
// it is a realistic translation unit for the overhead benchmark.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

struct Metrics {
  explicit Metrics(prometheus::Registry &registry)
      : requests(prometheus::BuildCounter()
                     .Name("http_requests_total")
                     .Help("Requests by method, target and status")
                     .Register(registry)),
        latency(prometheus::BuildHistogram()
                    .Name("http_request_duration_seconds")
                    .Help("Request latency by route")
                    .Register(registry)),
        agents(prometheus::BuildCounter()
                   .Name("http_user_agents_total")
                   .Help("Requests by user agent")
                   .Register(registry)) {}
  prometheus::Family<prometheus::Counter> &requests;
  prometheus::Family<prometheus::Histogram> &latency;
  prometheus::Family<prometheus::Counter> &agents;
};

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

std::string strip_query(beast::string_view target) {
  const auto q = target.find('?');
  return std::string(target.substr(0, q));
}

Response make_response(const Request &req, http::status status, std::string body) {
  Response res{status, req.version()};
  res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
  res.set(http::field::content_type, "application/json");
  res.keep_alive(req.keep_alive());
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response route(const Request &req) {
  const std::string path = strip_query(req.target());
  if (req.method() == http::verb::get && path == "/health")
    return make_response(req, http::status::ok, "{\"ok\":true}");
  if (req.method() == http::verb::get && path.rfind("/users/", 0) == 0)
    return make_response(req, http::status::ok,
                         "{\"user\":\"" + path.substr(7) + "\"}");
  if (req.method() == http::verb::post && path == "/orders")
    return make_response(req, http::status::created, req.body());
  return make_response(req, http::status::not_found, "{}");
}

void observe(Metrics &metrics, const std::string &path, double seconds) {
  metrics.latency
      .Add({{"route", path}},
           prometheus::Histogram::BucketBoundaries{0.001, 0.01, 0.1, 1})
      .Observe(seconds);
}

void handle(Metrics &metrics, const Request &req, Response &res) {
  const auto start = std::chrono::steady_clock::now();
  res = route(req);
  const std::string target(req.target());
  metrics.requests
      .Add({{"method", std::string(req.method_string())},
            {"target", target},
            {"status", std::to_string(res.result_int())}})
      .Increment();
  const std::string agent(req[http::field::user_agent]);
  metrics.agents.Add({{"agent", agent}}).Increment();
  const double seconds = std::chrono::duration<double>(
                             std::chrono::steady_clock::now() - start)
                             .count();
  observe(metrics, strip_query(req.target()), seconds);
  // Guarded: the registered route template, or "unregistered-path".
  observe(metrics, labelguard::route_label(req.target()), seconds);
}

void session(tcp::socket socket, Metrics &metrics) {
  beast::error_code ec;
  beast::flat_buffer buffer;
  for (;;) {
    Request req;
    http::read(socket, buffer, req, ec);
    if (ec == http::error::end_of_stream)
      break;
    if (ec)
      return;
    Response res;
    handle(metrics, req, res);
    const bool keep_alive = res.keep_alive();
    http::write(socket, res, ec);
    if (ec || !keep_alive)
      break;
  }
  socket.shutdown(tcp::socket::shutdown_send, ec);
}

} // namespace

int main(int argc, char **argv) {
  const unsigned short port =
      static_cast<unsigned short>(argc > 1 ? std::atoi(argv[1]) : 8080);
  labelguard::register_routes({"/health", "/users/{id}", "/orders"});
  auto registry = std::make_shared<prometheus::Registry>();
  Metrics metrics(*registry);
  prometheus::Exposer exposer{"127.0.0.1:9464"};
  exposer.RegisterCollectable(registry);

  net::io_context ioc{1};
  tcp::acceptor acceptor{ioc, {net::ip::make_address("127.0.0.1"), port}};
  for (;;) {
    tcp::socket socket{ioc};
    acceptor.accept(socket);
    std::thread(session, std::move(socket), std::ref(metrics)).detach();
  }
}
