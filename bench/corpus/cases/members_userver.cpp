// corpus: framework=userver metrics=userver-metrics shape=members
// A userver handler that keeps per-tenant and per-handler counters in
// members and writes them in its statistics writer.
#include <userver/server/handlers/http_handler_base.hpp>
#include <userver/server/http/http_request.hpp>
#include <userver/utils/statistics/labels.hpp>
#include <userver/utils/statistics/storage.hpp>
#include <userver/utils/statistics/writer.hpp>

#include <map>
#include <mutex>
#include <string>

USERVER_NAMESPACE_BEGIN
namespace service {

using server::http::HttpRequest;
using utils::statistics::Writer;

class OrdersHandler final : public server::handlers::HttpHandlerBase {
public:
  std::string HandleRequestThrow(const HttpRequest &request,
                                 server::request::RequestContext &) const override {
    std::lock_guard<std::mutex> lock(mu_);
    ++per_tenant_[request.GetHeader("X-Tenant-Id")];
    ++per_path_[request.GetRequestPath()];
    ++per_handler_[HandlerName()]; // SAFE
    last_client_ = request.GetRemoteAddress().PrimaryAddressString();
    last_route_ = std::get<std::string>(GetConfig().path); // SAFE
    return "{}";
  }

  void WriteStatistics(Writer &writer) const {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto &[tenant, n] : per_tenant_)
      writer["orders"]["requests"].ValueWithLabels(n, {"tenant", tenant}); // LEAK: header
    for (const auto &[path, n] : per_path_)
      writer["orders"]["by-path"].ValueWithLabels(n, {"path", path}); // LEAK: path
    for (const auto &[handler, n] : per_handler_)
      writer["orders"]["by-handler"].ValueWithLabels(n, {"handler", handler}); // SAFE
    writer["orders"]["last"].ValueWithLabels(1, {"client", last_client_}); // LEAK: address
    writer["orders"]["route"].ValueWithLabels(1, {"route", last_route_}); // SAFE
  }

private:
  mutable std::mutex mu_;
  mutable std::map<std::string, long> per_tenant_;
  mutable std::map<std::string, long> per_path_;
  mutable std::map<std::string, long> per_handler_;
  mutable std::string last_client_;
  mutable std::string last_route_;
};

} // namespace service
USERVER_NAMESPACE_END
