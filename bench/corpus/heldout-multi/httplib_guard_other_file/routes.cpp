// shaped after: zerotier/ZeroTierOne service/OneService.cpp
#include "routes.h"

#include <mutex>
#include <set>

namespace ctl {
namespace {

std::mutex &table_mutex() {
  static std::mutex m;
  return m;
}

std::set<std::string> &table() {
  static std::set<std::string> t;
  return t;
}

} // namespace

void register_path(const std::string &path) {
  std::lock_guard<std::mutex> lock(table_mutex());
  table().insert(path);
}

bool is_registered(const std::string &path) {
  std::lock_guard<std::mutex> lock(table_mutex());
  return table().count(path) != 0;
}

const std::string &route_of(const std::string &path) {
  static const std::string unmatched = "unmatched";
  std::lock_guard<std::mutex> lock(table_mutex());
  auto it = table().find(path);
  return it == table().end() ? unmatched : *it;
}

} // namespace ctl
