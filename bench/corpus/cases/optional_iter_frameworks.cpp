// corpus: framework=drogon metrics=prometheus shape=optional-iter
// Optional parameters and map iteration in Drogon, RESTinio and userver
// handlers.
#include <drogon/HttpRequest.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <restinio/all.hpp>
#include <userver/server/http/http_request.hpp>

#include <optional>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void drogon_optional(const drogon::HttpRequestPtr &req, Family &fam) {
  auto q = req->getOptionalParameter<std::string>("q");
  fam.Add({{"q", q.value_or("")}}).Increment(); // LEAK: query

  auto page = req->getOptionalParameter<int>("page");
  if (page)
    fam.Add({{"page", std::to_string(*page)}}).Increment(); // LEAK: query

  for (const auto &kv : req->getParameters())
    fam.Add({{"param", kv.second}}).Increment(); // LEAK: query

  const auto &headers = req->headers();
  auto h = headers.find("x-request-source");
  if (h != headers.end())
    fam.Add({{"source", h->second}}).Increment(); // LEAK: header

  for (const auto &[name, value] : req->cookies())
    fam.Add({{"cookie", value}}).Increment(); // LEAK: cookie

  fam.Add({{"has_q", q.has_value() ? "true" : "false"}}).Increment(); // SAFE
  fam.Add({{"n_params", std::to_string(req->getParameters().size())}}).Increment(); // SAFE
}

void restinio_optional(const restinio::request_handle_t &req, const restinio::router::route_params_t &params,
                       Family &fam) {
  auto id = restinio::opt_value<std::string>(params, "id");
  if (id)
    fam.Add({{"id", *id}}).Increment(); // LEAK: pathparam framework=restinio

  auto lang = req->header().opt_value_of("Accept-Language");
  fam.Add({{"lang", std::string(lang.value_or("en"))}}).Increment(); // LEAK: header framework=restinio

  const std::string *trace = req->header().try_get_field("X-Trace");
  if (trace)
    fam.Add({{"trace", *trace}}).Increment(); // LEAK: header framework=restinio

  for (const auto &field : req->header())
    fam.Add({{"field", field.name()}}).Increment(); // LEAK: header framework=restinio

  fam.Add({{"fields", std::to_string(req->header().fields_count())}}).Increment(); // SAFE framework=restinio
}

void userver_iter(const userver::server::http::HttpRequest &request, Family &fam) {
  for (const auto &[name, value] : request.GetHeaders())
    fam.Add({{"h", value}}).Increment(); // LEAK: header framework=userver

  for (const auto &arg : request.ArgNames())
    fam.Add({{"arg", arg}}).Increment(); // LEAK: query framework=userver

  for (const auto &[name, value] : request.RequestCookies())
    fam.Add({{"cookie_name", name}}).Increment(); // LEAK: cookie framework=userver

  fam.Add({{"args", std::to_string(request.ArgCount())}}).Increment(); // SAFE framework=userver
}
