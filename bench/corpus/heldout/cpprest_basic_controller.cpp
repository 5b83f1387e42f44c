// corpus: framework=cpprest metrics=prometheus shape=helper-return
// shaped after: ivanmejiarocha/micro-service source/foundation/basic_controller.cpp,
//               source/microsvc_controller.cpp
//
// The controller base class splits the relative URI into segments for its
// subclasses; the subclass counts what it served.

#include <functional>
#include <string>
#include <vector>

#include <cpprest/http_listener.h>
#include <cpprest/uri.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

namespace cfx {

class BasicController {
public:
  void setEndpoint(const std::string &value) { listener_ = http_listener(uri(value)); }
  std::string endpoint() const { return listener_.uri().to_string(); }

protected:
  static std::vector<utility::string_t> requestPath(const http_request &message) {
    auto relativePath = uri::decode(message.relative_uri().path());
    return uri::split_path(relativePath);
  }

  http_listener listener_;
};

class MicroserviceController : public BasicController {
public:
  explicit MicroserviceController(prometheus::Registry &registry)
      : served_(prometheus::BuildCounter()
                    .Name("microsvc_requests_total")
                    .Help("Requests served")
                    .Register(registry)) {}

  void initRestOpHandlers() {
    listener_.support(methods::GET, std::bind(&MicroserviceController::handleGet, this,
                                              std::placeholders::_1));
  }

  void handleGet(http_request message) {
    auto path = requestPath(message);
    served_.Add({{"listener", endpoint()}}).Increment(); // SAFE
    served_.Add({{"depth", std::to_string(path.size())}}).Increment(); // SAFE shape=bounded
    served_.Add({{"method", message.method()}}).Increment(); // SAFE shape=direct
    if (path.size() == 2 && path[0] == "service" && path[1] == "test") {
      served_.Add({{"route", "/service/test"}}).Increment(); // SAFE
      message.reply(status_codes::OK);
      return;
    }
    served_.Add({{"route", path.empty() ? std::string("/") : path[0]}}).Increment(); // LEAK: path
    auto query = uri::split_query(message.request_uri().query());
    auto tenant = query.find("tenant");
    if (tenant != query.end())
      served_.Add({{"tenant", tenant->second}}).Increment(); // LEAK: query shape=optional-iter
    message.reply(status_codes::NotFound);
  }

private:
  prometheus::Family<prometheus::Counter> &served_;
};

} // namespace cfx
