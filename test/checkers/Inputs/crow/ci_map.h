// Stub of Crow's include/crow/ci_map.h.
#pragma once

#include <string>
#include <unordered_map>

namespace crow {
struct ci_hash {
  std::size_t operator()(const std::string &key) const;
};
struct ci_key_eq {
  bool operator()(const std::string &l, const std::string &r) const;
};
using ci_map = std::unordered_multimap<std::string, std::string, ci_hash, ci_key_eq>;
} // namespace crow
