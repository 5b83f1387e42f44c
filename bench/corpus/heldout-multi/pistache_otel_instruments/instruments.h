// shaped after: open-telemetry/opentelemetry-cpp examples/common/metrics_foo_library/foo_library.cc
#pragma once

#include <cstdint>
#include <string>

#include <opentelemetry/metrics/meter.h>

namespace stats {

class Instruments {
public:
  explicit Instruments(opentelemetry::metrics::Meter &meter);
  void RecordRequest(const std::string &route, int status, double seconds);
  void RecordName(const std::string &name);

private:
  opentelemetry::nostd::unique_ptr<opentelemetry::metrics::Histogram<double>> duration_;
  opentelemetry::nostd::unique_ptr<opentelemetry::metrics::Counter<uint64_t>> names_;
  opentelemetry::context::Context context_;
};

} // namespace stats
