// corpus: framework=cpprest metrics=prometheus shape=helper-return
// A cpprestsdk service with a hand-written router: split the relative path,
// dispatch on the first segment, meter each call.
#include <cpprest/http_listener.h>
#include <cpprest/uri.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

using web::http::http_request;
using web::http::status_codes;

class Router {
public:
  explicit Router(prometheus::Family<prometheus::Counter> &calls) : calls_(calls) {
    routes_["users"] = [this](const http_request &r, const std::vector<std::string> &segs) { users(r, segs); };
    routes_["health"] = [](const http_request &r, const std::vector<std::string> &) { r.reply(status_codes::OK); };
  }

  void dispatch(const http_request &req) {
    auto segs = web::uri::split_path(web::uri::decode(req.relative_uri().path()));
    const std::string head = segs.empty() ? "" : segs.front();
    auto it = routes_.find(head);
    if (it == routes_.end()) {
      calls_.Add({{"route", "unknown"}}).Increment(); // SAFE
      calls_.Add({{"first_segment", head}}).Increment(); // LEAK: path shape=locals
      req.reply(status_codes::NotFound);
      return;
    }
    calls_.Add({{"route", it->first}}).Increment(); // SAFE shape=guarded
    calls_.Add({{"resource", resource_of(req)}}).Increment(); // LEAK: path
    calls_.Add({{"params", query_of(req)}}).Increment(); // LEAK: query
    calls_.Add({{"service", service_of(segs)}}).Increment(); // LEAK: path
    it->second(req, segs); // LEAK: path shape=helper-param
  }

private:
  static std::string resource_of(const http_request &req) { return req.relative_uri().path(); }
  static std::string query_of(const http_request &req) { return req.relative_uri().query(); }
  static std::string service_of(const std::vector<std::string> &segs) { return segs.size() > 1 ? segs[1] : "-"; }

  void users(const http_request &req, const std::vector<std::string> &segs) {
    if (segs.size() > 1)
      calls_.Add({{"user", segs[1]}}).Increment();
    req.reply(status_codes::OK);
  }

  prometheus::Family<prometheus::Counter> &calls_;
  std::map<std::string, std::function<void(const http_request &, const std::vector<std::string> &)>> routes_;
};
