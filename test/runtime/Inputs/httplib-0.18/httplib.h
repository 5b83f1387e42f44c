// Stub of cpp-httplib >= 0.13 (yhirose/cpp-httplib, httplib.h), where a
// pattern containing "/:" is routed by path parameters rather than as a
// regex. Debian 12 ships 0.11.4, so the adapter's >= 0.13 branch is tested
// here: the version macro, the Server registration methods and their handler
// types are cpp-httplib's; the server only records the patterns.
#pragma once

#define CPPHTTPLIB_VERSION "0.18.0"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace httplib {

struct Request {
  std::string path;
};
struct Response {};
class ContentReader {};

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  using HandlerWithContentReader =
      std::function<void(const Request &, Response &, const ContentReader &)>;

  Server &Get(const std::string &pattern, Handler handler) { return add("GET", pattern, std::move(handler)); }
  Server &Post(const std::string &pattern, Handler handler) { return add("POST", pattern, std::move(handler)); }
  Server &Post(const std::string &pattern, HandlerWithContentReader) { return add("POST", pattern, {}); }
  Server &Put(const std::string &pattern, Handler handler) { return add("PUT", pattern, std::move(handler)); }
  Server &Patch(const std::string &pattern, Handler handler) { return add("PATCH", pattern, std::move(handler)); }
  Server &Delete(const std::string &pattern, Handler handler) { return add("DELETE", pattern, std::move(handler)); }
  Server &Options(const std::string &pattern, Handler handler) { return add("OPTIONS", pattern, std::move(handler)); }

  // Not cpp-httplib's: what the tests inspect.
  std::vector<std::pair<std::string, std::string>> routes;

private:
  Server &add(const char *method, const std::string &pattern, Handler) {
    routes.emplace_back(method, pattern);
    return *this;
  }
};

} // namespace httplib
