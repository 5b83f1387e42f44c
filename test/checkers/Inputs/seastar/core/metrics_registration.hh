// Stub of Seastar's include/seastar/core/metrics_registration.hh.
#pragma once

#include <initializer_list>
#include <memory>
#include <vector>
#include <seastar/core/metrics.hh>

namespace seastar {
namespace metrics {

class metric_definition {
public:
  metric_definition(const impl::metric_definition_impl &impl) noexcept;
  metric_definition(metric_definition &&m) noexcept;
  ~metric_definition();
};

class metric_groups {
public:
  metric_groups() noexcept;
  ~metric_groups();
  metric_groups &add_group(const group_name_type &name,
                           const std::initializer_list<metric_definition> &l);
  metric_groups &add_group(const group_name_type &name,
                           const std::vector<metric_definition> &l);
  void clear();
};

} // namespace metrics
} // namespace seastar
