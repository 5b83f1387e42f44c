// corpus: framework=pistache metrics=prometheus shape=direct
// corpus-flags: -fdelayed-template-parsing
// A Pistache 0.0.5 REST endpoint class counting requests with prometheus-cpp.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

using namespace Pistache;

class ApiEndpoint {
public:
  ApiEndpoint(Address addr, prometheus::Registry &registry)
      : http_(std::make_shared<Http::Endpoint>(addr)),
        requests_(prometheus::BuildCounter().Name("api_requests_total").Help("r").Register(registry)) {}

  void setup_routes() {
    using namespace Rest;
    Routes::Get(router_, "/users/:id", Routes::bind(&ApiEndpoint::get_user, this));
    Routes::Get(router_, "/search", Routes::bind(&ApiEndpoint::search, this));
    Routes::Post(router_, "/files/*", Routes::bind(&ApiEndpoint::put_file, this));
  }

private:
  void get_user(const Rest::Request &request, Http::ResponseWriter response) {
    requests_.Add({{"path", request.resource()}}).Increment(); // LEAK: path
    requests_.Add({{"user", request.param(":id").as<std::string>()}}).Increment(); // LEAK: pathparam
    requests_.Add({{"route", "/users/:id"}}).Increment(); // SAFE
    response.send(Http::Code::Ok, "{}");
  }

  void search(const Rest::Request &request, Http::ResponseWriter response) {
    requests_.Add({{"q", request.query().get("q").value_or("")}}).Increment(); // LEAK: query
    requests_.Add({{"query", request.query().as_str()}}).Increment(); // LEAK: query
    requests_.Add({{"agent", request.headers().getRaw("User-Agent").value()}}).Increment(); // LEAK: header
    requests_.Add({{"client", request.address().host()}}).Increment(); // LEAK: address
    requests_.Add({{"session", request.cookies().get("sid").value}}).Increment(); // LEAK: cookie
    requests_.Add({{"has_q", request.query().has("q") ? "yes" : "no"}}).Increment(); // SAFE
    response.send(Http::Code::Ok, "[]");
  }

  void put_file(const Rest::Request &request, Http::ResponseWriter response) {
    requests_.Add({{"file", request.splatAt(0).as<std::string>()}}).Increment(); // LEAK: pathparam
    requests_.Add({{"content", request.body()}}).Increment(); // LEAK: body
    requests_.Add({{"method", Http::methodString(request.method())}}).Increment(); // SAFE
    response.send(Http::Code::Created);
  }

  std::shared_ptr<Http::Endpoint> http_;
  Rest::Router router_;
  prometheus::Family<prometheus::Counter> &requests_;
};

int main() {
  prometheus::Registry registry;
  ApiEndpoint api(Address(Ipv4::any(), Port(9080)), registry);
  api.setup_routes();
}
