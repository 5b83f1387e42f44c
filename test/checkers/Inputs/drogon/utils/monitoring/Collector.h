// Stub of Drogon's lib/inc/drogon/utils/monitoring/Collector.h (v1.9): one
// metric per distinct label-value vector, never removed.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace drogon {
namespace monitoring {

class CollectorBase : public std::enable_shared_from_this<CollectorBase> {
public:
  virtual ~CollectorBase() = default;
  virtual const std::string &name() const = 0;
};

template <typename T> class Collector : public CollectorBase {
public:
  Collector(const std::string &name, const std::string &help,
            const std::vector<std::string> &labelNames)
      : name_(name), help_(help), labelsNames_(labelNames) {}

  template <typename... Arguments>
  const std::shared_ptr<T> &metric(const std::vector<std::string> &labelValues,
                                   Arguments... args) noexcept(false) {
    auto iter = metrics_.find(labelValues);
    if (iter != metrics_.end())
      return iter->second;
    metrics_[labelValues] =
        std::make_shared<T>(name_, labelsNames_, labelValues, args...);
    return metrics_[labelValues];
  }

  const std::string &name() const override { return name_; }
  const std::vector<std::string> &labelsNames() const { return labelsNames_; }

private:
  const std::string name_;
  const std::string help_;
  const std::vector<std::string> labelsNames_;
  std::map<std::vector<std::string>, std::shared_ptr<T>> metrics_;
};

} // namespace monitoring
} // namespace drogon
