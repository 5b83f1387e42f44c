// corpus: framework=drogon metrics=prometheus shape=locals
// Drogon handlers keep request data in locals (references to the request's
// strings, string_views, copies) before labelling a prometheus-cpp counter.
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpRequest.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>
#include <string_view>

using drogon::HttpRequestPtr;
using Family = prometheus::Family<prometheus::Counter>;

void count_request(const HttpRequestPtr &req, Family &fam) {
  const auto &path = req->path();
  fam.Add({{"path", path}}).Increment(); // LEAK: path

  const std::string &query = req->query();
  const std::string copy = query;
  fam.Add({{"query", copy}}).Increment(); // LEAK: query

  auto user = req->getParameter("user");
  fam.Add({{"user", user}}).Increment(); // LEAK: query

  std::string_view body = req->body();
  std::string body_text(body.data(), body.size());
  fam.Add({{"body", body_text}}).Increment(); // LEAK: body

  auto ip = req->peerAddr().toIp();
  fam.Add({{"ip", ip}}).Increment(); // LEAK: address

  auto ipport = req->getPeerAddr().toIpPort();
  fam.Add({{"peer", ipport}}).Increment(); // LEAK: address

  const auto &token = req->getCookie("token");
  fam.Add({{"token", token}}).Increment(); // LEAK: cookie

  std::string id = req->getRoutingParameters().empty() ? "" : req->getRoutingParameters().front();
  fam.Add({{"id", id}}).Increment(); // LEAK: pathparam

  std::string_view route = req->matchedPathPattern();
  fam.Add({{"route", std::string(route)}}).Increment(); // SAFE

  std::string method = req->methodString();
  fam.Add({{"method", method}}).Increment(); // SAFE

  auto port = req->peerAddr().toPort();
  fam.Add({{"port", std::to_string(port)}}).Increment(); // LEAK: address

  std::string agent = req->getHeader("user-agent");
  agent = std::string(req->matchedPathPattern());
  fam.Add({{"agent", agent}}).Increment(); // SAFE
}
