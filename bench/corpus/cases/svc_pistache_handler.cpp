// corpus: framework=pistache metrics=prometheus shape=helper-param
// corpus-flags: -fdelayed-template-parsing
// A low-level Pistache Http::Handler (HTTP_PROTOTYPE) that dispatches on the
// resource by hand and meters every request.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <memory>
#include <set>
#include <string>

using namespace Pistache;

prometheus::Family<prometheus::Counter> *g_requests;

static void count(const std::string &resource, Http::Code code) {
  g_requests->Add({{"resource", resource}, {"code", std::to_string(static_cast<int>(code))}}).Increment();
}

static const std::set<std::string> kResources = {"/ping", "/echo", "/version"};

class MainHandler : public Http::Handler {
public:
  HTTP_PROTOTYPE(MainHandler)

  void onRequest(const Http::Request &req, Http::ResponseWriter response) override {
    const std::string &resource = req.resource();
    if (resource == "/ping") {
      count("/ping", Http::Code::Ok); // SAFE
      response.send(Http::Code::Ok, "pong");
    } else if (resource == "/echo") {
      count(resource, Http::Code::Ok); // SAFE shape=guarded
      auto who = req.query().get("name");
      if (who)
        g_requests->Add({{"echo", *who}}).Increment(); // LEAK: query shape=optional-iter
      response.send(Http::Code::Ok, req.body());
    } else {
      count(resource, Http::Code::Not_Found); // LEAK: path
      response.send(Http::Code::Not_Found);
    }
    std::string known = kResources.count(resource) ? resource : "other";
    count(known, Http::Code::Ok); // SAFE shape=guarded
    auto ua = req.headers().tryGetRaw("User-Agent");
    count(ua ? ua->value() : "none", Http::Code::Ok); // LEAK: header
  }

  void onTimeout(const Http::Request &req, Http::ResponseWriter response) override {
    count(req.resource(), Http::Code::Request_Timeout); // LEAK: path
    response.send(Http::Code::Request_Timeout);
  }
};
