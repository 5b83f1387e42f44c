// corpus: framework=uwebsockets metrics=prometheus shape=direct
// A uWebSockets app counting requests with prometheus-cpp.
#include <uWebSockets/App.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

int main() {
  prometheus::Registry registry;
  auto &requests = prometheus::BuildCounter().Name("uws_requests_total").Help("r").Register(registry);

  uWS::App()
      .get("/users/:id", [&requests](auto *res, auto *req) {
        requests.Add({{"url", std::string(req->getUrl())}}).Increment(); // LEAK: path
        requests.Add({{"id", std::string(req->getParameter(0))}}).Increment(); // LEAK: pathparam
        requests.Add({{"route", "/users/:id"}}).Increment(); // SAFE
        res->end("{}");
      })
      .get("/search", [&requests](auto *res, auto *req) {
        requests.Add({{"q", std::string(req->getQuery("q"))}}).Increment(); // LEAK: query
        requests.Add({{"query", std::string(req->getQuery())}}).Increment(); // LEAK: query
        requests.Add({{"full", std::string(req->getFullUrl())}}).Increment(); // LEAK: target
        requests.Add({{"agent", std::string(req->getHeader("user-agent"))}}).Increment(); // LEAK: header
        requests.Add({{"method", std::string(req->getMethod())}}).Increment(); // SAFE
        res->end("[]");
      })
      .post("/files/:name", [&requests](uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
        requests.Add({{"name", std::string(req->getParameter("name"))}}).Increment(); // LEAK: pathparam
        requests.Add({{"peer", std::string(res->getRemoteAddressAsText())}}).Increment(); // LEAK: address
        requests.Add({{"yield", req->getYield() ? "1" : "0"}}).Increment(); // SAFE
        res->end();
      })
      .any("/*", [&requests](auto *res, auto *req) {
        requests.Add({{"unmatched", std::string(req->getUrl())}}).Increment(); // LEAK: path
        requests.Add({{"route", "not_found"}}).Increment(); // SAFE
        res->writeStatus("404 Not Found")->end();
      })
      .run();
}
