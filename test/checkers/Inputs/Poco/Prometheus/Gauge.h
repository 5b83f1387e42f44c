// Stub of POCO's Prometheus/include/Poco/Prometheus/Gauge.h (1.14).
#pragma once

#include <string>
#include <vector>
#include "Poco/Prometheus/LabeledMetricImpl.h"

namespace Poco {
namespace Prometheus {

class GaugeSample {
public:
  double value() const;
  void inc(double v = 1.0);
  void dec(double v = 1.0);
  void set(double v);
};

class Gauge : public LabeledMetricImpl<GaugeSample> {
public:
  explicit Gauge(const std::string &name);
  Gauge &labelNames(const std::vector<std::string> &labelNames);
  void set(double v);
};

} // namespace Prometheus
} // namespace Poco
