// Stub of POCO's Prometheus/include/Poco/Prometheus/LabeledMetric.h (1.14).
#pragma once

#include <string>
#include <vector>

namespace Poco {
namespace Prometheus {

class Registry;

class LabeledMetric {
public:
  enum class Type { COUNTER, GAUGE, HISTOGRAM, SUMMARY, INFO, UNTYPED };
  const std::string &name() const;
  const std::vector<std::string> &labelNames() const;
  const std::string &help() const;

protected:
  LabeledMetric(Type type, const std::string &name);
  LabeledMetric(Type type, const std::string &name, Registry *pRegistry);
  void setHelp(const std::string &help);
  void setLabelNames(const std::vector<std::string> &labelNames);
};

} // namespace Prometheus
} // namespace Poco
