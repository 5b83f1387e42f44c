// corpus: framework=drogon metrics=prometheus shape=guarded
// Framework-provided bounded values: matched route patterns, endpoint
// templates, handler names. Silent, except where the code falls back to the
// raw path.
#include <crow.h>
#include <drogon/HttpRequest.h>
#include <labelguard/route_guard.hpp>
#include <lithium_http_server.hh>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <seastar/http/json_path.hh>
#include <served/served.hpp>
#include <userver/server/handlers/http_handler_base.hpp>
#include "oatpp/web/server/api/Endpoint.hpp"

#include <memory>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;

void drogon_advice(const drogon::HttpRequestPtr &req, Family &fam) {
  fam.Add({{"route", std::string(req->matchedPathPattern())}}).Increment(); // SAFE
  fam.Add({{"route", std::string(req->getMatchedPathPattern())}}).Increment(); // SAFE
  fam.Add({{"route", labelguard::matched_route_label(req->matchedPathPattern())}}).Increment(); // SAFE

  std::string_view pattern = req->matchedPathPattern();
  std::string route = pattern.empty() ? req->path() : std::string(pattern);
  fam.Add({{"route", route}}).Increment(); // LEAK: path

  std::string fallback(req->matchedPathPattern());
  if (fallback.empty())
    fallback = "unmatched";
  fam.Add({{"route", fallback}}).Increment(); // SAFE
}

void oatpp_endpoint(const std::shared_ptr<oatpp::web::server::api::Endpoint> &endpoint, Family &fam) {
  auto info = endpoint->info();
  fam.Add({{"route", *info->path}}).Increment(); // SAFE framework=oatpp
  fam.Add({{"endpoint", *info->name}}).Increment(); // SAFE framework=oatpp
}

USERVER_NAMESPACE_BEGIN
class RouteAwareHandler : public server::handlers::HttpHandlerBase {
public:
  void count(Family &fam) const {
    fam.Add({{"handler", HandlerName()}}).Increment(); // SAFE framework=userver
    fam.Add({{"route", std::get<std::string>(GetConfig().path)}}).Increment(); // SAFE framework=userver
  }
};
USERVER_NAMESPACE_END

void seastar_api(const seastar::httpd::path_description &api, Family &fam) {
  fam.Add({{"route", api.path}}).Increment(); // SAFE framework=seastar
}

void served_routes(served::multiplexer &mux, Family &fam) {
  for (const auto &[path, methods] : mux.get_endpoint_list())
    fam.Add({{"route", path}}).Increment(); // SAFE framework=served
}

void crow_rules(crow::BaseRule &rule, Family &fam) {
  fam.Add({{"route", rule.rule()}}).Increment(); // SAFE framework=crow
}

void lithium_handler(li::http_request &request, Family &fam) {
  fam.Add({{"route", std::string(request.url_spec)}}).Increment(); // SAFE framework=lithium
  fam.Add({{"agent", std::string(request.header("User-Agent"))}}).Increment(); // LEAK: header framework=lithium
}
