// Stub of Crow's include/crow/middlewares/cookie_parser.h.
#pragma once

#include <string>
#include <unordered_map>
#include "crow/http_request.h"
#include "crow/http_response.h"

namespace crow {
struct CookieParser {
  struct context {
    std::unordered_map<std::string, std::string> jar;
    std::string get_cookie(const std::string &key) const;
  };
  void before_handle(request &req, response &res, context &ctx);
  void after_handle(request &req, response &res, context &ctx);
};
} // namespace crow
