// shaped after: pistacheio/pistache examples/rest_server.cc
#include <memory>
#include <string>

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include "instruments.h"

using namespace Pistache;

namespace stats {

class StatsEndpoint {
public:
  explicit StatsEndpoint(Instruments &instruments) : instruments_(instruments) {}

  void setupRoutes() {
    using namespace Rest;
    Routes::Get(router_, "/ready", Routes::bind(&StatsEndpoint::handleReady, this));
    Routes::Post(router_, "/record/:name", Routes::bind(&StatsEndpoint::doRecordMetric, this));
  }

private:
  void handleReady(const Rest::Request &request, Http::ResponseWriter response) {
    instruments_.RecordRequest("/ready", 200, 0.0); // SAFE
    response.send(Http::Code::Ok, "1");
  }

  void doRecordMetric(const Rest::Request &request, Http::ResponseWriter response) {
    instruments_.RecordRequest(request.resource(), 201, 0.0); // LEAK: path
    instruments_.RecordName(request.param(":name").as<std::string>()); // LEAK: pathparam
    auto lang = request.query().get("lang");
    instruments_.RecordName(lang ? *lang : std::string("default")); // LEAK: query
    instruments_.RecordName(lang ? "with-lang" : "without-lang"); // SAFE
    response.send(Http::Code::Created);
  }

  Instruments &instruments_;
  Rest::Router router_;
};

} // namespace stats
