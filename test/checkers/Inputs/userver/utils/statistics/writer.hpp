// Stub of userver's core/include/userver/utils/statistics/writer.hpp (2.x).
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <initializer_list>
#include <string_view>
#include <userver/utils/statistics/labels.hpp>

USERVER_NAMESPACE_BEGIN

namespace utils::statistics {

class Writer final {
public:
  Writer() = delete;
  Writer(const Writer &) = delete;
  ~Writer();

  [[nodiscard]] Writer operator[](std::string_view path) &;
  [[nodiscard]] Writer operator[](std::string_view path) &&;

  template <class T> void operator=(const T &value);

  template <class T> void ValueWithLabels(const T &value, LabelsSpan labels);
  template <class T>
  void ValueWithLabels(const T &value, std::initializer_list<LabelView> il);
  template <class T>
  void ValueWithLabels(const T &value, const LabelView &label);

  explicit operator bool() const noexcept;
};

} // namespace utils::statistics

USERVER_NAMESPACE_END
