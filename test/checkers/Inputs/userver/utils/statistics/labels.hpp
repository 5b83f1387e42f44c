// Stub of userver's core/include/userver/utils/statistics/labels.hpp (2.x).
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <initializer_list>
#include <string>
#include <string_view>

USERVER_NAMESPACE_BEGIN

namespace utils::statistics {

class Label final {
public:
  Label() = default;
  Label(std::string name, std::string value);
  const std::string &Name() const;
  const std::string &Value() const &;
};

class LabelView final {
public:
  LabelView() = default;
  LabelView(Label &&label) = delete;
  explicit LabelView(const Label &label) noexcept;
  LabelView(std::string_view name, std::string_view value) noexcept
      : name_(name), value_(value) {}
  std::string_view Name() const { return name_; }
  std::string_view Value() const { return value_; }

private:
  std::string_view name_;
  std::string_view value_;
};

class LabelsSpan final {
public:
  LabelsSpan() = default;
  LabelsSpan(const LabelView *begin, const LabelView *end) noexcept;
  LabelsSpan(std::initializer_list<LabelView> il) noexcept
      : LabelsSpan(il.begin(), il.end()) {}
};

} // namespace utils::statistics

USERVER_NAMESPACE_END
