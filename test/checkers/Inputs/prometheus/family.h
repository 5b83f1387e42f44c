// Stub of prometheus-cpp's core/include/prometheus/family.h (1.0.1).
#pragma once

#include <memory>
#include <string>
#include <prometheus/labels.h>

namespace prometheus {

template <typename T> class Family {
public:
  Family(const std::string &name, const std::string &help,
         const Labels &constant_labels);

  template <typename... Args> T &Add(const Labels &labels, Args &&...args) {
    return Add(labels, std::unique_ptr<T>(new T(args...)));
  }
  void Remove(T *metric);
  bool Has(const Labels &labels) const;
  const std::string &GetName() const;
  const Labels GetConstantLabels() const;

private:
  T &Add(const Labels &labels, std::unique_ptr<T> object);
};

} // namespace prometheus
