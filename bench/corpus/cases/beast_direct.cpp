// corpus: framework=beast metrics=prometheus shape=direct
// A Boost.Beast 1.74 HTTP session that counts requests with prometheus-cpp.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

struct ServerMetrics {
  prometheus::Family<prometheus::Counter> &requests;
  prometheus::Family<prometheus::Histogram> &sizes;
};

http::response<http::string_body> handle(const http::request<http::string_body> &req,
                                         ServerMetrics &m) {
  m.requests.Add({{"target", std::string(req.target())}}).Increment(); // LEAK: target
  m.requests.Add({{"target", req.target().to_string()}}).Increment(); // LEAK: target
  m.requests.Add({{"agent", std::string(req[http::field::user_agent])}}).Increment(); // LEAK: header
  m.requests.Add({{"request_id", req["X-Request-Id"].to_string()}}).Increment(); // LEAK: header
  m.requests.Add({{"host", std::string(req.at(http::field::host))}}).Increment(); // LEAK: header
  m.requests.Add({{"method", std::string(req.method_string())}}).Increment(); // SAFE
  m.requests.Add({{"keep_alive", req.keep_alive() ? "yes" : "no"}}).Increment(); // SAFE
  m.sizes.Add({{"body", req.body()}}, prometheus::Histogram::BucketBoundaries{64, 1024}) // LEAK: body
      .Observe(static_cast<double>(req.body().size()));
  m.sizes.Add({{"version", std::to_string(req.version())}}, prometheus::Histogram::BucketBoundaries{64, 1024}) // SAFE
      .Observe(static_cast<double>(req.body().size()));

  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::content_type, "text/plain");
  res.body() = "ok";
  res.prepare_payload();
  return res;
}

void do_session(tcp::socket &socket, ServerMetrics &m) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  http::request<http::string_body> req;
  http::read(socket, buffer, req, ec);
  if (ec) {
    m.requests.Add({{"error", ec.message()}}).Increment(); // SAFE
    return;
  }
  m.requests.Add({{"peer", socket.remote_endpoint().address().to_string()}}).Increment(); // LEAK: address
  auto res = handle(req, m);
  m.requests.Add({{"status", std::to_string(res.result_int())}}).Increment(); // SAFE
  http::write(socket, res, ec);
}

int main() {
  prometheus::Registry registry;
  ServerMetrics m{prometheus::BuildCounter().Name("beast_requests_total").Help("r").Register(registry),
                  prometheus::BuildHistogram().Name("beast_body_bytes").Help("b").Register(registry)};
  boost::asio::io_context ioc;
  tcp::acceptor acceptor{ioc, {tcp::v4(), 8080}};
  for (;;) {
    tcp::socket socket{ioc};
    acceptor.accept(socket);
    do_session(socket, m);
  }
}
