// Stub of opentelemetry-cpp's api/include/opentelemetry/metrics/
// observer_result.h (1.x).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <variant>
#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/nostd/unique_ptr.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics {

template <class T> class ObserverResultT {
public:
  virtual ~ObserverResultT() = default;
  virtual void Observe(T value) noexcept = 0;
  virtual void Observe(T value,
                       const common::KeyValueIterable &attributes) noexcept = 0;

  template <class U, std::enable_if_t<
                         common::detail::is_key_value_iterable<U>::value> * =
                         nullptr>
  void Observe(T value, const U &attributes) noexcept {
    this->Observe(value, common::KeyValueIterableView<U>{attributes});
  }

  void Observe(T value,
               std::initializer_list<
                   std::pair<nostd::string_view, common::AttributeValue>>
                   attributes) noexcept;
};

using ObserverResult =
    std::variant<nostd::shared_ptr<ObserverResultT<int64_t>>,
                 nostd::shared_ptr<ObserverResultT<double>>>;

} // namespace metrics
OPENTELEMETRY_END_NAMESPACE
