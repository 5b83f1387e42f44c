// corpus: framework=drogon metrics=drogon-monitoring shape=containers
// Label value vectors for drogon::monitoring collectors and DogStatsD tag
// vectors, filled with push_back / emplace_back / assignment.
#include <cpp-statsd-client/StatsdClient.hpp>
#include <drogon/HttpRequest.h>
#include <drogon/utils/monitoring/Collector.h>
#include <drogon/utils/monitoring/Counter.h>

#include <memory>
#include <string>
#include <vector>

using drogon::HttpRequestPtr;
using drogon::monitoring::Collector;
using drogon::monitoring::Counter;

void count(const HttpRequestPtr &req, Collector<Counter> &requests, const Statsd::StatsdClient &statsd) {
  std::vector<std::string> values;
  values.push_back(req->path());
  requests.metric(values)->increment(); // LEAK: path

  std::vector<std::string> two{"GET"};
  two.emplace_back(req->getHeader("x-tenant"));
  requests.metric(two)->increment(); // LEAK: header

  std::vector<std::string> sized(1);
  sized[0] = req->getParameter("q");
  requests.metric(sized)->increment(); // LEAK: query

  std::vector<std::string> assigned;
  assigned.assign(req->getRoutingParameters().begin(), req->getRoutingParameters().end());
  requests.metric(assigned)->increment(); // LEAK: pathparam

  std::vector<std::string> route{std::string(req->matchedPathPattern())};
  requests.metric(route)->increment(); // SAFE

  std::vector<std::string> constant;
  constant.push_back("all");
  requests.metric(constant)->increment(); // SAFE

  std::vector<std::string> tags{"env:prod"};
  tags.push_back("path:" + req->path());
  statsd.increment("http.requests", 1.0f, tags); // LEAK: path metrics=statsd

  std::vector<std::string> ip_tags;
  ip_tags.emplace_back("ip:" + req->peerAddr().toIp());
  statsd.increment("http.requests", 1.0f, ip_tags); // LEAK: address metrics=statsd

  std::vector<std::string> ok_tags{"env:prod", "service:api"};
  ok_tags.push_back(std::string("method:") + req->getMethodString());
  statsd.increment("http.requests", 1.0f, ok_tags); // SAFE metrics=statsd

  std::vector<std::string> cookie_tags(ok_tags);
  cookie_tags.insert(cookie_tags.end(), "session:" + req->getCookie("sid"));
  statsd.increment("http.sessions", 1.0f, cookie_tags); // LEAK: cookie metrics=statsd
}
