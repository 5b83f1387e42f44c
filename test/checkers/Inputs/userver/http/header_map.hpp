// Stub of userver's core/include/userver/http/header_map.hpp.
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <string>
#include <string_view>
#include <utility>
#include <vector>

USERVER_NAMESPACE_BEGIN

namespace http::headers {
class HeaderMap final {
public:
  using value_type = std::pair<std::string, std::string>;
  using const_iterator = std::vector<value_type>::const_iterator;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
  const std::string &at(std::string_view key) const;
  std::size_t size() const noexcept;
};
} // namespace http::headers

USERVER_NAMESPACE_END
