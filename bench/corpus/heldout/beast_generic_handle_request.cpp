// corpus: framework=beast metrics=prometheus shape=template
// shaped after: boostorg/beast example/http/server/async/http_server_async.cpp
//
// The example's handle_request, generic over the body and the send
// function, with counters added: error responses are built by local
// lambdas, files are served from a document root.

#include <filesystem>
#include <string>
#include <utility>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace beast = boost::beast;
namespace http = beast::http;

namespace files {

struct Metrics {
  prometheus::Family<prometheus::Counter> &errors;
  prometheus::Family<prometheus::Counter> &missing;
  prometheus::Family<prometheus::Counter> &served;
};

beast::string_view mime_type(beast::string_view path) {
  using beast::iequals;
  auto const ext = [&path] {
    auto const pos = path.rfind(".");
    if (pos == beast::string_view::npos)
      return beast::string_view{};
    return path.substr(pos);
  }();
  if (iequals(ext, ".htm")) return "text/html";
  if (iequals(ext, ".html")) return "text/html";
  if (iequals(ext, ".css")) return "text/css";
  if (iequals(ext, ".js")) return "application/javascript";
  if (iequals(ext, ".json")) return "application/json";
  if (iequals(ext, ".png")) return "image/png";
  return "application/text";
}

std::string path_cat(beast::string_view base, beast::string_view path) {
  if (base.empty())
    return std::string(path);
  std::string result(base);
  if (result.back() == '/')
    result.resize(result.size() - 1);
  result.append(path.data(), path.size());
  return result;
}

template <class Body, class Allocator, class Send>
void handle_request(beast::string_view doc_root,
                    http::request<Body, http::basic_fields<Allocator>> &&req, Send &&send,
                    Metrics &m) {
  auto const bad_request = [&req, &m](beast::string_view why) {
    m.errors.Add({{"reason", std::string(why)}}).Increment();
    http::response<http::string_body> res{http::status::bad_request, req.version()};
    res.set(http::field::content_type, "text/html");
    res.body() = std::string(why);
    res.prepare_payload();
    return res;
  };
  auto const not_found = [&req, &m](beast::string_view target) {
    m.missing.Add({{"target", std::string(target)}}).Increment();
    http::response<http::string_body> res{http::status::not_found, req.version()};
    res.body() = "The resource '" + std::string(target) + "' was not found.";
    res.prepare_payload();
    return res;
  };

  if (req.method() != http::verb::get && req.method() != http::verb::head)
    return send(bad_request("Unknown HTTP-method")); // SAFE shape=lambda
  if (req.target().empty() || req.target()[0] != '/' ||
      req.target().find("..") != beast::string_view::npos)
    return send(bad_request("Illegal request-target")); // SAFE shape=lambda

  std::string path = path_cat(doc_root, req.target());
  if (req.target().back() == '/')
    path.append("index.html");

  if (!std::filesystem::exists(path))
    return send(not_found(req.target())); // LEAK: target shape=lambda

  m.served.Add({{"type", std::string(mime_type(path))}}).Increment(); // SAFE shape=bounded
  m.served.Add({{"host", std::string(req[http::field::host])}}).Increment(); // LEAK: header
  m.served.Add({{"file", path}}).Increment(); // LEAK: target
  m.served.Add({{"method", std::string(req.method_string())}}).Increment(); // SAFE

  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::content_type, mime_type(path));
  res.keep_alive(req.keep_alive());
  return send(std::move(res));
}

// The session's call site instantiates the template for string bodies.
void on_read(http::request<http::string_body> &req, Metrics &m) {
  auto send = [](auto &&msg) { (void)msg; };
  handle_request(beast::string_view("/srv/www"), std::move(req), send, m);
}

} // namespace files
