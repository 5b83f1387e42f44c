// Stub of Crow's include/crow/http_request.h (master, after v1.2).
#pragma once

#include <string>
#include "crow/ci_map.h"
#include "crow/common.h"
#include "crow/query_string.h"

namespace crow {
template <typename T>
inline const std::string &get_header_value(const T &headers, const std::string &key) {
  if (headers.count(key))
    return headers.find(key)->second;
  static std::string empty;
  return empty;
}

struct request {
  HTTPMethod method;
  std::string raw_url;
  std::string url;
  query_string url_params;
  ci_map headers;
  std::string body;
  std::string remote_ip_address;
  unsigned char http_ver_major, http_ver_minor;
  bool keep_alive, close_connection, upgrade;

  request();
  void add_header(std::string key, std::string value);
  const std::string &get_header_value(const std::string &key) const {
    return crow::get_header_value(headers, key);
  }
  bool check_version(unsigned char major, unsigned char minor) const;
  const query_string get_body_params() const;
};
} // namespace crow
