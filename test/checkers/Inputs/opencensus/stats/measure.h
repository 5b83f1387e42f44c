// Stub of opencensus-cpp's opencensus/stats/measure.h.
#pragma once

#include <cstdint>
#include "absl/strings/string_view.h"

namespace opencensus {
namespace stats {
template <typename MeasureT> class Measure final {
public:
  static Measure<MeasureT> Register(absl::string_view name,
                                    absl::string_view description,
                                    absl::string_view units);
};
using MeasureDouble = Measure<double>;
using MeasureInt64 = Measure<int64_t>;

class Measurement final {
public:
  Measurement(MeasureDouble measure, double value);
  Measurement(MeasureInt64 measure, int64_t value);
};
} // namespace stats
} // namespace opencensus
