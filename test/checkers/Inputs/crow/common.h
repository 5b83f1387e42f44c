// Stub of Crow's include/crow/common.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace crow {
enum class HTTPMethod : char { Delete = 0, Get, Head, Post, Put, Connect, Options, Trace, Patch };

constexpr const char *method_name(HTTPMethod method) {
  return method == HTTPMethod::Get ? "GET" : "OTHER";
}

enum class ParamType : char { INT, UINT, DOUBLE, STRING, PATH, MAX };

struct routing_params {
  std::vector<int64_t> int_params;
  std::vector<uint64_t> uint_params;
  std::vector<double> double_params;
  std::vector<std::string> string_params;
  template <typename T> T get(unsigned) const;
};
} // namespace crow
