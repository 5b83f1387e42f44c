// Stub of POCO's Prometheus/include/Poco/Prometheus/Counter.h (1.14).
#pragma once

#include <string>
#include <vector>
#include "Poco/Prometheus/LabeledMetricImpl.h"

namespace Poco {
namespace Prometheus {

class CounterSample {
public:
  double value() const;
  void inc(double v = 1.0);
};

class Counter : public LabeledMetricImpl<CounterSample> {
public:
  struct Params {
    std::string help;
    std::vector<std::string> labelNames;
  };

  explicit Counter(const std::string &name);
  Counter(const std::string &name, const Params &params);
  Counter(const std::string &name, Registry *pRegistry);

  using LabeledMetric::help;
  Counter &help(const std::string &text);
  using LabeledMetric::labelNames;
  Counter &labelNames(const std::vector<std::string> &labelNames);

  double value() const;
  void inc(double v = 1.0);
};

} // namespace Prometheus
} // namespace Poco
