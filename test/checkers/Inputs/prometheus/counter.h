// Stub of prometheus-cpp's core/include/prometheus/counter.h (1.0.1).
#pragma once

#include <prometheus/family.h>

namespace prometheus {

class Counter {
public:
  Counter() = default;
  void Increment();
  void Increment(double);
  double Value() const;
};

} // namespace prometheus
