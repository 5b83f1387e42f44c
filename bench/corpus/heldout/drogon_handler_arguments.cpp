// corpus: framework=drogon metrics=prometheus shape=direct
// shaped after: drogonframework/drogon examples/helloworld/main.cc;
//               drogonframework/drogon examples/prometheus_example/filters/PromStat.cc
//
// Handlers registered with placeholders receive the path and query pieces
// as arguments. A post-handling advice counts by the registered pattern,
// checked against the framework's own list of handlers.

#include <functional>
#include <set>
#include <string>
#include <tuple>

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

using namespace drogon;

namespace greeter {

void registerHandlers(prometheus::Family<prometheus::Counter> &greetings) {
  app().registerHandler(
      "/user/{user-name}",
      [&greetings](const HttpRequestPtr &, std::function<void(const HttpResponsePtr &)> &&callback,
                   const std::string &name) {
        greetings.Add({{"user", name}}).Increment(); // LEAK: pathparam
        auto resp = HttpResponse::newHttpResponse();
        resp->setBody("Hello, " + name + "!");
        callback(resp);
      },
      {Get});

  app().registerHandler(
      "/hello?user={user-name}",
      [&greetings](const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback,
                   const std::string &name) {
        greetings.Add({{"route", "/hello"}, {"named", name.empty() ? "no" : "yes"}}).Increment(); // SAFE shape=bounded
        greetings.Add({{"lang", req->getParameter("lang")}}).Increment(); // LEAK: query
        callback(HttpResponse::newHttpResponse());
      },
      {Get});

  app().registerHandler(
      "/hello_user",
      [&greetings](const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
        auto name = req->getOptionalParameter<std::string>("user");
        if (name)
          greetings.Add({{"user", name.value()}}).Increment(); // LEAK: query shape=optional-iter
        greetings.Add({{"session", req->getCookie("session")}}).Increment(); // LEAK: cookie
        callback(HttpResponse::newHttpResponse());
      },
      {Get});
}

void installAdvice(prometheus::Family<prometheus::Counter> &handled) {
  static std::set<std::string> patterns;
  for (const auto &info : app().getHandlersInfo())
    patterns.insert(std::get<0>(info));

  app().registerPostHandlingAdvice(
      [&handled](const HttpRequestPtr &req, const HttpResponsePtr &resp) {
        std::string pattern{req->matchedPathPattern()};
        if (!patterns.count(pattern))
          pattern = "unregistered";
        handled.Add({{"pattern", pattern}}).Increment(); // SAFE shape=guarded
        handled.Add({{"peer", req->peerAddr().toIp()}}).Increment(); // LEAK: address
        handled.Add({{"method", req->methodString()}}).Increment(); // SAFE
      });
}

} // namespace greeter
