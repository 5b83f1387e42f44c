// Stub of Drogon's lib/inc/drogon/utils/monitoring/Histogram.h (v1.9).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <drogon/utils/monitoring/Metric.h>

namespace trantor {
class EventLoop;
} // namespace trantor

namespace drogon {
namespace monitoring {
class Histogram : public Metric {
public:
  Histogram(const std::string &name, const std::vector<std::string> &labelNames,
            const std::vector<std::string> &labelValues,
            const std::vector<double> &bucketBoundaries,
            const std::chrono::duration<double> &maxAge,
            uint64_t timeBucketsCount,
            trantor::EventLoop *loop = nullptr) noexcept(false)
      : Metric(name, labelNames, labelValues) {}
  void observe(double value);
  static std::string_view type() { return "histogram"; }
};
} // namespace monitoring
} // namespace drogon
