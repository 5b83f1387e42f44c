// corpus: framework=drogon metrics=drogon-monitoring shape=members
// A Drogon controller-style class with its own collectors: per-route counts
// (bounded), per-user counts (leak), an RAII latency tracker.
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace drogon;
using monitoring::Collector;
using monitoring::Counter;

class RequestScope {
public:
  RequestScope(Collector<Counter> &c, std::string route, std::string client)
      : c_(c), route_(std::move(route)), client_(std::move(client)) {}
  ~RequestScope() { c_.metric({route_, client_})->increment(); }

private:
  Collector<Counter> &c_;
  std::string route_;
  std::string client_;
};

class OrdersController {
public:
  OrdersController()
      : by_route_(std::make_shared<Collector<Counter>>("orders_requests_total", "r", std::vector<std::string>{"route"})),
        by_user_(std::make_shared<Collector<Counter>>("orders_user_requests_total", "u", std::vector<std::string>{"user"})),
        scoped_(std::make_shared<Collector<Counter>>("orders_scoped_total", "s", std::vector<std::string>{"route", "client"})) {}

  void getOrder(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
    const std::string &orderId = req->getRoutingParameters().at(0);
    by_route_->metric({std::string(req->matchedPathPattern())})->increment(); // SAFE
    by_user_->metric({req->getHeader("x-user-id")})->increment(); // LEAK: header shape=direct
    RequestScope scope(*scoped_, std::string(req->matchedPathPattern()), "web"); // SAFE
    RequestScope leaky(*scoped_, "/orders/{id}", req->peerAddr().toIp()); // LEAK: address
    count_order(orderId); // LEAK: pathparam shape=helper-param
    count_order("all"); // SAFE shape=helper-param
    last_order_ = orderId;
    callback(HttpResponse::newHttpResponse());
  }

  void listOrders(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
    auto status = req->getParameter("status");
    if (status != "open" && status != "closed")
      status = "any";
    by_route_->metric({status})->increment(); // SAFE shape=guarded
    auto sort = req->getParameter("sort");
    by_route_->metric({sort})->increment(); // LEAK: query shape=locals
    callback(HttpResponse::newHttpResponse());
  }

  void flush() {
    by_user_->metric({last_order_})->increment(); // LEAK: pathparam
  }

private:
  void count_order(const std::string &id) { by_user_->metric({id})->increment(); }

  std::shared_ptr<Collector<Counter>> by_route_;
  std::shared_ptr<Collector<Counter>> by_user_;
  std::shared_ptr<Collector<Counter>> scoped_;
  std::string last_order_;
};
