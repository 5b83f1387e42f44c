// Stub of Crow's include/crow/http_response.h.
#pragma once

#include <string>
#include "crow/ci_map.h"

namespace crow {
struct response {
  int code{200};
  std::string body;
  ci_map headers;
  response();
  explicit response(int code);
  response(std::string body);
  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);
  void write(const std::string &body_part);
  void end();
};
} // namespace crow
