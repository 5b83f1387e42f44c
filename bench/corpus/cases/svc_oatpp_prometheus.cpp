// corpus: framework=oatpp metrics=prometheus shape=helper-param
// Oat++ request interceptor-style code metering requests with prometheus-cpp
// through a small metrics facade.
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/server/api/Endpoint.hpp"
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

using IncomingRequest = oatpp::web::protocol::http::incoming::Request;

class ApiMetrics {
public:
  explicit ApiMetrics(prometheus::Registry &r)
      : calls_(prometheus::BuildCounter().Name("oatpp_calls_total").Help("c").Register(r)) {}
  void call(const std::string &endpoint, const std::string &client) {
    calls_.Add({{"endpoint", endpoint}, {"client", client}}).Increment();
  }

private:
  prometheus::Family<prometheus::Counter> &calls_;
};

class MetricsInterceptor {
public:
  explicit MetricsInterceptor(ApiMetrics &m) : m_(m) {}

  void intercept(const std::shared_ptr<IncomingRequest> &request) {
    const auto &line = request->getStartingLine();
    std::string path = line.path.std_str();
    std::string client = "anonymous";
    auto key = request->getHeader("X-Api-Client");
    if (key)
      client = *key;
    m_.call(path, "all"); // LEAK: target
    m_.call("any", client); // LEAK: header
    m_.call("any", "all"); // SAFE
  }

  void after_endpoint(const std::shared_ptr<oatpp::web::server::api::Endpoint> &endpoint,
                      const std::shared_ptr<IncomingRequest> &request) {
    m_.call(*endpoint->info()->path, "all"); // SAFE shape=guarded
    m_.call(*endpoint->info()->path, request->getPathVariable("tenant")->c_str()); // LEAK: pathparam
  }

private:
  ApiMetrics &m_;
};
