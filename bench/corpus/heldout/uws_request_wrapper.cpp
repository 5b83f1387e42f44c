// corpus: framework=uwebsockets metrics=prometheus shape=members
// shaped after: xyra-python/xyra xyra/native/bindings.cpp
//
// The binding copies what it needs out of the uWS request (which dies when
// the handler returns) into its own Request object: the URL, the method,
// the query and the headers with lower-cased names. Routes are registered
// with {param} templates converted to uWS's :param syntax.

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <uWebSockets/App.h>

namespace xyra {

// "/users/{id}" -> "/users/:id"
std::string parse_path(const std::string &path) {
  std::string native;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos)
      end = path.size();
    std::string segment = path.substr(start, end - start);
    if (!segment.empty()) {
      if (segment.front() == '{' && segment.back() == '}')
        native += "/:" + segment.substr(1, segment.size() - 2);
      else
        native += "/" + segment;
    }
    start = end + 1;
  }
  return native.empty() ? "/" : native;
}

class Request {
public:
  explicit Request(uWS::HttpRequest *req) {
    url = std::string(req->getUrl());
    method = std::string(req->getMethod());
    query = std::string(req->getQuery());
    int header_count = 0;
    for (auto header : *req) {
      if (++header_count > 100)
        break;
      std::string key(header.first);
      std::transform(key.begin(), key.end(), key.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      headers[key] = std::string(header.second);
    }
  }
  const std::string &get_url() const { return url; }
  const std::string &get_method() const { return method; }
  std::string get_header(const std::string &name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }

private:
  std::string url;
  std::string method;
  std::string query;
  std::map<std::string, std::string> headers;
};

struct Metrics {
  prometheus::Family<prometheus::Counter> &routes;
  prometheus::Family<prometheus::Counter> &paths;
  prometheus::Family<prometheus::Counter> &agents;
  prometheus::Family<prometheus::Counter> &clients;
};

void add_get(uWS::App &app, const std::string &pattern,
             std::function<void(const Request &)> handler, Metrics &m) {
  app.get(parse_path(pattern), [handler, pattern, &m](uWS::HttpResponse<false> *res,
                                                      uWS::HttpRequest *req) {
    Request r(req);
    m.routes.Add({{"route", pattern}, {"method", r.get_method()}}).Increment(); // SAFE
    m.paths.Add({{"path", r.get_url()}}).Increment(); // LEAK: path
    m.agents.Add({{"agent", r.get_header("user-agent")}}).Increment(); // LEAK: header
    m.clients.Add({{"client", std::string(res->getRemoteAddressAsText())}}).Increment(); // LEAK: address shape=direct
    m.routes.Add({{"route", parse_path(pattern)}}).Increment(); // SAFE
    handler(r);
    res->end("ok");
  });
}

} // namespace xyra
