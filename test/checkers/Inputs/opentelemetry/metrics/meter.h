// Stub of opentelemetry-cpp's api/include/opentelemetry/metrics/meter.h
// (1.x, ABI v1): the instrument factories the tests use.
#pragma once

#include <cstdint>
#include "opentelemetry/metrics/sync_instruments.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/unique_ptr.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics {

class Meter {
public:
  virtual ~Meter() = default;
  virtual nostd::unique_ptr<Counter<uint64_t>>
  CreateUInt64Counter(nostd::string_view name,
                      nostd::string_view description = "",
                      nostd::string_view unit = "") noexcept = 0;
  virtual nostd::unique_ptr<Histogram<double>>
  CreateDoubleHistogram(nostd::string_view name,
                        nostd::string_view description = "",
                        nostd::string_view unit = "") noexcept = 0;
  virtual nostd::unique_ptr<UpDownCounter<int64_t>>
  CreateInt64UpDownCounter(nostd::string_view name,
                           nostd::string_view description = "",
                           nostd::string_view unit = "") noexcept = 0;
};

} // namespace metrics
OPENTELEMETRY_END_NAMESPACE
