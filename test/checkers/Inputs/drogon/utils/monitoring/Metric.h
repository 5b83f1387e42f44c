// Stub of Drogon's lib/inc/drogon/utils/monitoring/Metric.h (v1.9).
#pragma once

#include <string>
#include <vector>

namespace drogon {
namespace monitoring {
class Metric {
public:
  Metric(const std::string &name, const std::vector<std::string> &labelNames,
         const std::vector<std::string> &labelValues);
  virtual ~Metric() = default;
  const std::string &name() const;
};
} // namespace monitoring
} // namespace drogon
