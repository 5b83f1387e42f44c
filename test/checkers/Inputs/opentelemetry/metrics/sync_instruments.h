// Stub of opentelemetry-cpp's api/include/opentelemetry/metrics/
// sync_instruments.h (1.x, ABI v1): the overloads that carry attributes.
#pragma once

#include <initializer_list>
#include <utility>
#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/string_view.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics {

class SynchronousInstrument {
public:
  virtual ~SynchronousInstrument() = default;
};

template <class T> class Counter : public SynchronousInstrument {
public:
  virtual void Add(T value) noexcept = 0;
  virtual void Add(T value, const context::Context &context) noexcept = 0;
  virtual void Add(T value,
                   const common::KeyValueIterable &attributes) noexcept = 0;
  virtual void Add(T value, const common::KeyValueIterable &attributes,
                   const context::Context &context) noexcept = 0;

  template <class U, std::enable_if_t<
                         common::detail::is_key_value_iterable<U>::value> * =
                         nullptr>
  void Add(T value, const U &attributes) noexcept {
    this->Add(value, common::KeyValueIterableView<U>{attributes});
  }

  void Add(T value,
           std::initializer_list<
               std::pair<nostd::string_view, common::AttributeValue>>
               attributes) noexcept;
};

template <class T> class Histogram : public SynchronousInstrument {
public:
  virtual void Record(T value, const context::Context &context) noexcept = 0;
  virtual void Record(T value, const common::KeyValueIterable &attributes,
                      const context::Context &context) noexcept = 0;

  template <class U, std::enable_if_t<
                         common::detail::is_key_value_iterable<U>::value> * =
                         nullptr>
  void Record(T value, const U &attributes,
              const context::Context &context) noexcept {
    this->Record(value, common::KeyValueIterableView<U>{attributes}, context);
  }

  void Record(T value,
              std::initializer_list<
                  std::pair<nostd::string_view, common::AttributeValue>>
                  attributes,
              const context::Context &context) noexcept;
};

template <class T> class UpDownCounter : public SynchronousInstrument {
public:
  virtual void Add(T value) noexcept = 0;
  virtual void Add(T value,
                   const common::KeyValueIterable &attributes) noexcept = 0;

  template <class U, std::enable_if_t<
                         common::detail::is_key_value_iterable<U>::value> * =
                         nullptr>
  void Add(T value, const U &attributes) noexcept {
    this->Add(value, common::KeyValueIterableView<U>{attributes});
  }

  void Add(T value,
           std::initializer_list<
               std::pair<nostd::string_view, common::AttributeValue>>
               attributes) noexcept;
};

} // namespace metrics
OPENTELEMETRY_END_NAMESPACE
