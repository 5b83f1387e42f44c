// corpus: framework=beast metrics=prometheus shape=strings
// shaped after: jiannanya/chmicro src/http/http_server.cpp, src/http/router.cpp;
//               boostorg/beast example/http/server/async/http_server_async.cpp
//
// A Beast session builds its own request struct: the path is sliced off the
// request-target with string_view, then the session labels its latency and
// request counters with it. The exact-match router only counts a path after
// it has found the route.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

namespace microsvc {

std::string_view ExtractPath(std::string_view target) {
  auto q = target.find('?');
  if (q == std::string_view::npos)
    return target;
  return target.substr(0, q);
}

// The content type by extension: a fixed set whatever the path is.
const char *MimeFor(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos)
    return "application/octet-stream";
  auto ext = path.substr(dot);
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".css") return "text/css";
  if (ext == ".js") return "application/javascript";
  if (ext == ".json") return "application/json";
  if (ext == ".png") return "image/png";
  return "application/octet-stream";
}

struct Request {
  http::request<http::string_body> raw;
  std::string path;
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain";
  std::string body;
};

struct Metrics {
  explicit Metrics(prometheus::Registry &registry)
      : requests(prometheus::BuildCounter()
                     .Name("http_server_requests_total")
                     .Help("HTTP server requests")
                     .Register(registry)),
        routed(prometheus::BuildCounter()
                   .Name("http_server_routed_total")
                   .Help("Requests by registered route")
                   .Register(registry)),
        latency(prometheus::BuildHistogram()
                    .Name("http_server_request_ms")
                    .Help("HTTP server request latency (ms)")
                    .Register(registry)) {}
  prometheus::Family<prometheus::Counter> &requests;
  prometheus::Family<prometheus::Counter> &routed;
  prometheus::Family<prometheus::Histogram> &latency;
};

using Handler = std::function<void(const Request &, Response &)>;

class Router {
public:
  void AddRoute(http::verb method, std::string path, Handler handler) {
    routes_[{method, std::move(path)}] = std::move(handler);
  }

  void Handle(const Request &req, Response &resp, Metrics &metrics) const {
    auto it = routes_.find({req.raw.method(), req.path});
    if (it == routes_.end()) {
      resp.status = 404;
      resp.body = "{\"error\":\"not_found\"}";
      metrics.routed.Add({{"route", "unmatched"}}).Increment(); // SAFE
      return;
    }
    metrics.routed.Add({{"route", req.path}}).Increment(); // SAFE -- exact-match table, not found returned above
    it->second(req, resp);
  }

private:
  std::map<std::pair<http::verb, std::string>, Handler> routes_;
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
  HttpSession(tcp::socket socket, Router &router, Metrics &metrics)
      : stream_(std::move(socket)), router_(router), metrics_(metrics) {}

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    auto start = std::chrono::steady_clock::now();

    Request req;
    req.raw = std::move(req_);
    auto target_sv =
        std::string_view(req.raw.target().data(), req.raw.target().size());
    req.path = std::string(ExtractPath(target_sv));

    Response resp;
    router_.Handle(req, resp, metrics_); // SAFE

    auto elapsed = std::chrono::duration<double, std::milli>(
                       std::chrono::steady_clock::now() - start)
                       .count();
    metrics_.latency
        .Add({{"path", req.path}}, // LEAK: target
             prometheus::Histogram::BucketBoundaries{0.25, 1, 5, 25, 100})
        .Observe(elapsed);
    metrics_.requests.Add({{"path", req.path}, {"status", std::to_string(resp.status)}}).Increment(); // LEAK: target
    metrics_.requests.Add({{"content_type", MimeFor(req.path)}}).Increment(); // SAFE
    metrics_.requests.Add({{"method", std::string(req.raw.method_string())}}).Increment(); // SAFE
    metrics_.requests.Add({{"status", std::to_string(resp.status)}}).Increment(); // SAFE
  }

private:
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
  Router &router_;
  Metrics &metrics_;
};

} // namespace microsvc
