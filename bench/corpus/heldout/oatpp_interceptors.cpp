// corpus: framework=oatpp metrics=prometheus shape=guarded
// shaped after: oatpp/oatpp src/oatpp/web/server/interceptor/AllowCorsGlobal.cpp
//
// Request and response interceptors installed on the connection handler:
// an access log that also counts, and a response interceptor that counts
// statuses and the CORS origins it answers for. Origins outside the allowed
// set are one bucket. Endpoints are also counted from the controller's
// documented endpoint list.

#include <iostream>
#include <memory>
#include <string>
#include <unordered_set>

#include <oatpp/web/server/api/Endpoint.hpp>
#include <oatpp/web/server/interceptor/RequestInterceptor.hpp>
#include <oatpp/web/server/interceptor/ResponseInterceptor.hpp>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace webapp {

using Family = prometheus::Family<prometheus::Counter>;

class ResponseStats : public oatpp::web::server::interceptor::ResponseInterceptor {
public:
  ResponseStats(Family &responses, Family &origins, std::unordered_set<std::string> allowed)
      : responses_(responses), origins_(origins), allowed_(std::move(allowed)) {}

  std::shared_ptr<OutgoingResponse> intercept(const std::shared_ptr<IncomingRequest> &request,
                                              const std::shared_ptr<OutgoingResponse> &response) override {
    const auto &line = request->getStartingLine();
    auto code = response->getStatus().code;
    responses_.Add({{"status", std::to_string(code)}, {"class", code >= 500 ? "5xx" : code >= 400 ? "4xx" : "ok"}}).Increment(); // SAFE shape=bounded
    responses_.Add({{"target", line.path.std_str()}}).Increment(); // LEAK: target shape=direct

    auto origin = request->getHeader("Origin");
    std::string originLabel = origin ? *origin : std::string("none");
    if (!allowed_.count(originLabel))
      originLabel = "other";
    origins_.Add({{"origin", originLabel}}).Increment(); // SAFE
    if (origin && allowed_.count(*origin))
      response->putHeaderIfNotExists("Access-Control-Allow-Origin", origin); // SAFE shape=lookalike
    return response;
  }

private:
  Family &responses_;
  Family &origins_;
  std::unordered_set<std::string> allowed_;
};

class AccessLog : public oatpp::web::server::interceptor::RequestInterceptor {
public:
  AccessLog(Family &agents, Family &methods) : agents_(agents), methods_(methods) {}

  std::shared_ptr<OutgoingResponse> intercept(const std::shared_ptr<IncomingRequest> &request) override {
    ++access_cnt_;
    const auto &line = request->getStartingLine();
    std::clog << line.method.std_str() << " " << line.path.std_str() << "\n"; // SAFE shape=lookalike
    methods_.Add({{"method", line.method.std_str()}}).Increment(); // SAFE shape=direct
    auto agent = request->getHeader("User-Agent");
    if (agent)
      agents_.Add({{"agent", *agent}}).Increment(); // LEAK: header shape=direct
    return nullptr;
  }

private:
  Family &agents_;
  Family &methods_;
  unsigned long access_cnt_ = 0;
};

void countEndpoint(const std::shared_ptr<oatpp::web::server::api::Endpoint> &endpoint,
                   Family &documented) {
  auto info = endpoint->info();
  documented.Add({{"endpoint", *info->path}, {"name", *info->name}}).Increment(); // SAFE
}

} // namespace webapp
