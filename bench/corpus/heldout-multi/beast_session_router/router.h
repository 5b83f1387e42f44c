// shaped after: jiannanya/chmicro include/chmicro/http/router.h, src/http/router.cpp
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include <boost/beast/http.hpp>
#include <prometheus/counter.h>
#include <prometheus/family.h>

namespace microsvc {

struct Response {
  int status = 200;
  std::string body;
};

using Handler = std::function<void(std::string_view path, Response &)>;

class Router {
public:
  explicit Router(prometheus::Family<prometheus::Counter> &routed) : routed_(routed) {}

  void AddRoute(boost::beast::http::verb method, std::string path, Handler handler);
  // Runs the handler registered for (method, path); counts by the route.
  bool Handle(boost::beast::http::verb method, const std::string &path, Response &resp) const;
  // Counts a request no route matched.
  void CountMiss(const std::string &path) const;

private:
  std::map<std::pair<boost::beast::http::verb, std::string>, Handler> routes_;
  prometheus::Family<prometheus::Counter> &routed_;
};

} // namespace microsvc
