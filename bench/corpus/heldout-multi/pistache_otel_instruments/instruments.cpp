// shaped after: open-telemetry/opentelemetry-cpp examples/common/metrics_foo_library/foo_library.cc
#include "instruments.h"

#include <map>

#include <opentelemetry/common/key_value_iterable_view.h>

namespace stats {

Instruments::Instruments(opentelemetry::metrics::Meter &meter)
    : duration_(meter.CreateDoubleHistogram("http.server.request.duration", "Request duration", "s")),
      names_(meter.CreateUInt64Counter("stats.names")) {}

void Instruments::RecordRequest(const std::string &route, int status, double seconds) {
  std::map<std::string, std::string> labels{{"http.route", route},
                                            {"http.response.status_code", std::to_string(status)}};
  auto labelkv = opentelemetry::common::KeyValueIterableView<decltype(labels)>{labels};
  duration_->Record(seconds, labelkv, context_);
}

void Instruments::RecordName(const std::string &name) { names_->Add(1, {{"name", name}}); }

} // namespace stats
