// Stub of POCO's Prometheus/include/Poco/Prometheus/LabeledMetricImpl.h
// (1.14): one sample per distinct label-value vector.
#pragma once

#include <cstddef>
#include <string>
#include <vector>
#include "Poco/Prometheus/LabeledMetric.h"

namespace Poco {
namespace Prometheus {

template <typename S> class LabeledMetricImpl : public LabeledMetric {
public:
  using Sample = S;

  LabeledMetricImpl(Type type, const std::string &name)
      : LabeledMetric(type, name) {}
  LabeledMetricImpl(Type type, const std::string &name, Registry *pRegistry)
      : LabeledMetric(type, name, pRegistry) {}

  Sample &labels(const std::vector<std::string> &labelValues);
  const Sample &labels(const std::vector<std::string> &labelValues) const;
  void remove(const std::vector<std::string> &labelValues);
  void clear();
  std::size_t sampleCount() const;
};

} // namespace Prometheus
} // namespace Poco
