// Stub of userver's core/include/userver/utils/statistics/storage.hpp (2.x).
#pragma once

#ifndef USERVER_NAMESPACE
#define USERVER_NAMESPACE userver
#define USERVER_NAMESPACE_BEGIN namespace USERVER_NAMESPACE {
#define USERVER_NAMESPACE_END }
#endif

#include <functional>
#include <string>
#include <vector>
#include <userver/utils/statistics/labels.hpp>
#include <userver/utils/statistics/writer.hpp>

USERVER_NAMESPACE_BEGIN

namespace utils::statistics {

class Entry final {
public:
  void Unregister() noexcept;
};

using WriterFunc = std::function<void(Writer &)>;

class Storage final {
public:
  Entry RegisterWriter(std::string common_prefix, WriterFunc func,
                       std::vector<Label> add_labels = {});
};

} // namespace utils::statistics

USERVER_NAMESPACE_END
