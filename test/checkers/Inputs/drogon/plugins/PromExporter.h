// Stub of Drogon's lib/inc/drogon/plugins/PromExporter.h (v1.9): the
// collectors registered in the configuration, looked up by name (the Plugin
// and Registry bases are left out).
#pragma once

#include <memory>
#include <string>
#include <drogon/utils/monitoring/Collector.h>

namespace drogon {
namespace plugin {
class PromExporter {
public:
  std::shared_ptr<drogon::monitoring::CollectorBase>
  getCollector(const std::string &name) const noexcept(false);

  template <typename T>
  std::shared_ptr<drogon::monitoring::Collector<T>>
  getCollector(const std::string &name) const {
    return std::dynamic_pointer_cast<drogon::monitoring::Collector<T>>(
        getCollector(name));
  }
};
} // namespace plugin
} // namespace drogon
