// corpus: framework=cpprest metrics=prometheus shape=direct
// A cpprestsdk http_listener whose handlers count requests with prometheus-cpp.
#include <cpprest/http_listener.h>
#include <cpprest/uri.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

using web::http::http_request;
using web::http::methods;
using web::http::status_codes;
using web::http::experimental::listener::http_listener;

class Service {
public:
  Service(const std::string &url, prometheus::Registry &registry)
      : listener_(url),
        requests_(prometheus::BuildCounter().Name("rest_requests_total").Help("r").Register(registry)) {
    listener_.support(methods::GET, [this](http_request req) { on_get(req); });
    listener_.support(methods::POST, [this](http_request req) { on_post(req); });
  }

private:
  void on_get(http_request req) {
    requests_.Add({{"path", req.relative_uri().path()}}).Increment(); // LEAK: path
    requests_.Add({{"uri", req.request_uri().to_string()}}).Increment(); // LEAK: target
    requests_.Add({{"abs", req.absolute_uri().path()}}).Increment(); // LEAK: path
    requests_.Add({{"query", req.request_uri().query()}}).Increment(); // LEAK: query
    requests_.Add({{"q", web::uri::split_query(req.request_uri().query())["q"]}}).Increment(); // LEAK: query
    requests_.Add({{"first", web::uri::split_path(req.relative_uri().path()).at(0)}}).Increment(); // LEAK: path
    requests_.Add({{"agent", req.headers()["User-Agent"]}}).Increment(); // LEAK: header
    requests_.Add({{"ct", req.headers().find("Content-Type")->second}}).Increment(); // LEAK: header
    requests_.Add({{"peer", req.remote_address()}}).Increment(); // LEAK: address
    requests_.Add({{"method", req.method()}}).Increment(); // SAFE
    requests_.Add({{"listener", listener_.uri().to_string()}}).Increment(); // SAFE
    req.reply(status_codes::OK, "ok");
  }

  void on_post(http_request req) {
    auto body = req.extract_string().get();
    requests_.Add({{"body", body}}).Increment(); // LEAK: body
    requests_.Add({{"decoded", web::uri::decode(req.relative_uri().path())}}).Increment(); // LEAK: path
    requests_.Add({{"resource", req.request_uri().resource().to_string()}}).Increment(); // LEAK: target
    requests_.Add({{"route", "/items"}}).Increment(); // SAFE
    req.reply(status_codes::Created);
  }

  http_listener listener_;
  prometheus::Family<prometheus::Counter> &requests_;
};
