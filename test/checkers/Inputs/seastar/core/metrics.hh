// Stub of Seastar's include/seastar/core/metrics.hh (master).
#pragma once

#include <map>
#include <vector>
#include <seastar/core/sstring.hh>

namespace seastar {
namespace metrics {

using group_name_type = sstring;
using metric_name_type = sstring;

class description {
public:
  description(sstring s = sstring());
  const sstring &str() const;
};

class label_instance {
  sstring _key;
  sstring _value;

public:
  template <typename T> label_instance(const sstring &key, T v);
  const sstring key() const;
  const sstring value() const;
};

class label {
  sstring key;

public:
  using instance = label_instance;
  explicit label(const sstring &key) : key(key) {}
  template <typename T> instance operator()(T value) const {
    return label_instance(key, value);
  }
  const sstring &name() const;
};

namespace impl {
struct metric_definition_impl {
  metric_name_type name;
  description d;
  std::map<sstring, sstring> labels;
  metric_definition_impl &operator()(bool enabled);
  metric_definition_impl &operator()(const label_instance &label);
  metric_definition_impl &set_type(const sstring &type_name);
};
} // namespace impl

template <typename T>
impl::metric_definition_impl
make_gauge(metric_name_type name, T &&val, description d = description(),
           std::vector<label_instance> labels = {});
template <typename T>
impl::metric_definition_impl make_gauge(metric_name_type name, description d,
                                        std::vector<label_instance> labels,
                                        T &&val);
template <typename T>
impl::metric_definition_impl
make_derive(metric_name_type name, T &&val, description d = description(),
            std::vector<label_instance> labels = {});
template <typename T>
impl::metric_definition_impl
make_counter(metric_name_type name, T &&val, description d = description(),
             std::vector<label_instance> labels = {});
template <typename T>
impl::metric_definition_impl
make_histogram(metric_name_type name, T &&val, description d = description(),
               std::vector<label_instance> labels = {});

} // namespace metrics
} // namespace seastar
