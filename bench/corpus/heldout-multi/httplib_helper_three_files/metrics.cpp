// shaped after: 4evour/Tour-Pass src/api.cpp
#include "metrics.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/registry.h>

namespace trips {
namespace {

prometheus::Registry &registry() {
  static prometheus::Registry r;
  return r;
}

prometheus::Family<prometheus::Counter> &family(const char *name) {
  return prometheus::BuildCounter().Name(name).Help("trips service").Register(registry());
}

} // namespace

void count_request(const std::string &route, int status) {
  static auto &requests = family("trips_requests_total");
  requests.Add({{"route", route}, {"status", std::to_string(status)}}).Increment();
}

void count_client(const std::string &client) {
  static auto &clients = family("trips_clients_total");
  clients.Add({{"client", client}}).Increment();
}

void count_cache(bool hit) {
  static auto &cache = family("trips_cache_total");
  cache.Add({{"result", hit ? "hit" : "miss"}}).Increment();
}

} // namespace trips
