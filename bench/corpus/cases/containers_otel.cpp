// corpus: framework=pistache metrics=opentelemetry shape=containers
// corpus-flags: -fdelayed-template-parsing
// OpenTelemetry attribute maps (std::map, std::unordered_map, vector of
// pairs) filled from a Pistache request.
#include <pistache/http.h>
#include <pistache/router.h>
#include "opentelemetry/metrics/sync_instruments.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace otel = opentelemetry;
using namespace Pistache;

void record(const Rest::Request &request, otel::metrics::Counter<uint64_t> &requests,
            otel::metrics::UpDownCounter<int64_t> &active) {
  std::map<std::string, std::string> attrs;
  attrs["http.target"] = request.resource();
  requests.Add(1, attrs); // LEAK: path

  std::unordered_map<std::string, std::string> by_user;
  by_user.emplace("user", request.param(":user").as<std::string>());
  requests.Add(1, by_user); // LEAK: pathparam

  std::vector<std::pair<std::string, std::string>> pairs;
  pairs.emplace_back("q", request.query().get("q").value_or(""));
  requests.Add(1, pairs); // LEAK: query

  std::map<std::string, std::string> hdr{{"ua", request.headers().getRaw("User-Agent").value()}};
  active.Add(1, hdr); // LEAK: header

  std::map<std::string, std::string> route{{"http.route", "/users/:user"}};
  requests.Add(1, route); // SAFE

  std::map<std::string, std::string> status;
  status["status"] = "200";
  active.Add(-1, status); // SAFE

  std::map<std::string, std::string> host;
  host["peer"] = request.address().host();
  requests.Add(1, host); // LEAK: address
}
