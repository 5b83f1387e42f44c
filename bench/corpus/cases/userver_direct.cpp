// corpus: framework=userver metrics=userver-metrics shape=direct
// userver handlers that register statistics writers with labels taken from
// the request (the lazily created "per tenant" writer pattern), and a stats
// dumper that uses request arguments as metric paths and labels.
#include <userver/server/handlers/http_handler_base.hpp>
#include <userver/server/http/http_request.hpp>
#include <userver/utils/statistics/labels.hpp>
#include <userver/utils/statistics/storage.hpp>
#include <userver/utils/statistics/writer.hpp>

#include <string>
#include <vector>

USERVER_NAMESPACE_BEGIN
namespace service {

using server::http::HttpRequest;
using utils::statistics::Label;
using utils::statistics::LabelView;
using utils::statistics::Storage;
using utils::statistics::Writer;

void WriteNothing(Writer &) {}

class TenantHandler final : public server::handlers::HttpHandlerBase {
public:
  std::string HandleRequestThrow(const HttpRequest &request,
                                 server::request::RequestContext &) const override {
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("path", request.GetRequestPath())})); // LEAK: path
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("url", request.GetUrl())})); // LEAK: target
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("tenant", request.GetHeader("X-Tenant"))})); // LEAK: header
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("project", request.GetPathArg("project"))})); // LEAK: pathparam
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("handler", HandlerName())})); // SAFE
    entries_.push_back(storage_->RegisterWriter("tenant", &WriteNothing,
                                                {Label("method", request.GetMethodStr())})); // SAFE
    return "ok";
  }

private:
  Storage *storage_ = nullptr;
  mutable std::vector<utils::statistics::Entry> entries_;
};

// A debug endpoint that renders one counter under a caller-chosen path.
void RenderStats(Writer &writer, const HttpRequest &request, long value) {
  writer[request.GetArg("prefix")] = value; // LEAK: query
  writer["requests"].ValueWithLabels(value, {"client", request.GetRemoteAddress().PrimaryAddressString()}); // LEAK: address
  writer["requests"].ValueWithLabels(value, {{"cookie", request.GetCookie("session")}}); // LEAK: cookie
  writer["requests"].ValueWithLabels(value, LabelView("body", request.RequestBody())); // LEAK: body
  writer["requests"].ValueWithLabels(value, {{"host", request.GetHost()}, {"kind", "debug"}}); // LEAK: header
  writer["requests"].ValueWithLabels(value, {{"arg", request.GetArgVector("id").at(0)}}); // LEAK: query
  writer["requests"].ValueWithLabels(value, {"kind", "debug"}); // SAFE
  writer["requests"]["by-method"].ValueWithLabels(value, {"method", request.GetMethodStr()}); // SAFE
}

} // namespace service
USERVER_NAMESPACE_END
