// shaped after: userver-framework/userver core/src/server/middlewares/handler_metrics.cpp,
//               core/src/server/handlers/http_handler_base.cpp
#include <string>
#include <variant>

#include <userver/server/handlers/http_handler_base.hpp>
#include <userver/server/http/http_request.hpp>

#include "request_tracker.h"

namespace catalog {

class ItemHandler final : public userver::server::handlers::HttpHandlerBase {
public:
  std::string HandleRequestThrow(const userver::server::http::HttpRequest &request,
                                 userver::server::request::RequestContext &) const override {
    RequestTracker by_handler(HandlerName(), request.GetMethodStr()); // SAFE
    const auto *configured = std::get_if<std::string>(&GetConfig().path);
    RequestTracker by_template(configured ? *configured : std::string("fallback"), request.GetMethodStr()); // SAFE
    RequestTracker by_path(request.GetRequestPath(), request.GetMethodStr()); // LEAK: path
    RequestTracker by_item("/v1/items/" + request.GetPathArg("id"), "GET"); // LEAK: pathparam
    by_path.SetStatus(200);
    return "{}";
  }
};

} // namespace catalog
