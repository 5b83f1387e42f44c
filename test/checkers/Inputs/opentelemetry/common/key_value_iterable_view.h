// Stub of opentelemetry-cpp's api/include/opentelemetry/common/
// key_value_iterable_view.h: a map-like of (string-like, attribute) pairs.
#pragma once

#include <type_traits>
#include <utility>
#include "opentelemetry/common/key_value_iterable.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common {
namespace detail {
template <class T, class = void>
struct is_key_value_iterable : std::false_type {};
template <class T>
struct is_key_value_iterable<
    T, std::void_t<decltype(std::declval<const T &>().begin()),
                   decltype(std::declval<const T &>().begin()->first),
                   decltype(std::declval<const T &>().begin()->second)>>
    : std::true_type {};
} // namespace detail

template <class T> class KeyValueIterableView final : public KeyValueIterable {
public:
  explicit KeyValueIterableView(const T &container) noexcept;
  std::size_t size() const noexcept override;
};
} // namespace common
OPENTELEMETRY_END_NAMESPACE
