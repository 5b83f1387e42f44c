// corpus: framework=beast metrics=prometheus shape=members
// An asynchronous Boost.Beast session (the shape of Beast's own
// http_server_async example) that keeps the request in a member and records
// metrics in its completion handlers.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <labelguard/route_guard.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
  Session(tcp::socket &&socket, prometheus::Family<prometheus::Counter> &requests)
      : stream_(std::move(socket)), requests_(requests) {}

  void run() { do_read(); }

private:
  void do_read() {
    req_ = {};
    http::async_read(stream_, buffer_, req_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    target_ = std::string(req_.target());
    route_ = labelguard::route_label(req_.target());
    agent_ = std::string(req_[http::field::user_agent]);
    res_ = std::make_shared<http::response<http::string_body>>(http::status::ok, req_.version());
    res_->body() = "ok";
    res_->prepare_payload();
    http::async_write(stream_, *res_, beast::bind_front_handler(&Session::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t) {
    const std::string status = ec ? "error" : std::to_string(res_->result_int());
    requests_.Add({{"route", route_}, {"status", status}}).Increment(); // SAFE
    requests_.Add({{"target", target_}}).Increment(); // LEAK: target
    requests_.Add({{"agent", agent_}}).Increment(); // LEAK: header
    requests_.Add({{"target", std::string(req_.target())}}).Increment(); // LEAK: target
    do_read();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
  std::shared_ptr<http::response<http::string_body>> res_;
  std::string target_;
  std::string route_;
  std::string agent_;
  prometheus::Family<prometheus::Counter> &requests_;
};
