// Stub of Drogon's lib/inc/drogon/utils/monitoring/Counter.h (v1.9).
#pragma once

#include <string>
#include <string_view>
#include <vector>
#include <drogon/utils/monitoring/Metric.h>

namespace drogon {
namespace monitoring {
class Counter : public Metric {
public:
  Counter(const std::string &name, const std::vector<std::string> &labelNames,
          const std::vector<std::string> &labelValues) noexcept(false)
      : Metric(name, labelNames, labelValues) {}
  void increment();
  void increment(double value);
  static std::string_view type() { return "counter"; }
};
} // namespace monitoring
} // namespace drogon
