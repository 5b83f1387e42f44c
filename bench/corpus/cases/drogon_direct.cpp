// corpus: framework=drogon metrics=drogon-monitoring shape=direct
// A Drogon service using the built-in Prometheus collectors
// (drogon::monitoring, >= 1.9.0) to count requests.
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>

#include <functional>
#include <memory>
#include <string>

using namespace drogon;
using drogon::monitoring::Collector;
using drogon::monitoring::Counter;

static std::shared_ptr<Collector<Counter>> g_requests =
    std::make_shared<Collector<Counter>>("http_requests_total", "Requests",
                                         std::vector<std::string>{"path"});
static std::shared_ptr<Collector<Counter>> g_by_client =
    std::make_shared<Collector<Counter>>("http_clients_total", "Clients",
                                         std::vector<std::string>{"client", "kind"});

using Callback = std::function<void(const HttpResponsePtr &)>;

void on_user(const HttpRequestPtr &req, Callback &&callback, const std::string &userId) {
  g_requests->metric({req->path()})->increment(); // LEAK: path
  g_requests->metric({userId})->increment(); // LEAK: pathparam
  g_requests->metric({req->getRoutingParameters()[0]})->increment(); // LEAK: pathparam
  g_requests->metric({std::string(req->matchedPathPattern())})->increment(); // SAFE
  callback(HttpResponse::newHttpResponse());
}

void on_search(const HttpRequestPtr &req, Callback &&callback) {
  g_requests->metric({req->getParameter("q")})->increment(); // LEAK: query
  g_requests->metric({req->query()})->increment(); // LEAK: query
  g_requests->metric({req->getOriginalPath()})->increment(); // LEAK: path
  g_by_client->metric({req->peerAddr().toIp(), "search"})->increment(); // LEAK: address
  g_by_client->metric({req->getHeader("x-api-key"), "search"})->increment(); // LEAK: header
  g_by_client->metric({req->getCookie("session_id"), "search"})->increment(); // LEAK: cookie
  g_by_client->metric({"anonymous", "search"})->increment(); // SAFE
  callback(HttpResponse::newHttpResponse());
}

void on_ingest(const HttpRequestPtr &req, Callback &&callback) {
  g_requests->metric({std::string(req->body())})->increment(); // LEAK: body
  g_requests->metric({std::string(req->getBody().substr(0, 16))})->increment(); // LEAK: body
  g_requests->metric({req->getMethodString()})->increment(); // SAFE
  callback(HttpResponse::newHttpResponse());
}

int main() {
  app().registerHandler("/users/{id}", &on_user, {Get});
  app().registerHandler("/search", &on_search, {Get});
  app().registerHandler("/ingest", &on_ingest, {Post});
  app().registerPostHandlingAdvice([](const HttpRequestPtr &req, const HttpResponsePtr &) {
    g_requests->metric({req->getPath()})->increment(); // LEAK: path
    g_requests->metric({std::string(req->getMatchedPathPattern())})->increment(); // SAFE
  });
}
