// shaped after: CrowCpp/Crow examples/example_middleware.cpp, include/crow/middlewares/cors.h
#pragma once

#include <string>
#include <vector>

#include <crow.h>

#include "metrics_registry.h"

namespace shop {

struct RequestMetrics {
  struct context {
    std::string url;
    std::string prefix;
  };

  void before_handle(crow::request &req, crow::response &, context &ctx) {
    ctx.url = req.url;
    ctx.prefix = find_prefix(req.url);
  }

  void after_handle(crow::request &req, crow::response &res, context &ctx) {
    MetricsRegistry::instance().observe(ctx.prefix, res.code); // SAFE
    MetricsRegistry::instance().observe(ctx.url, res.code); // LEAK: path
    MetricsRegistry::instance().observe_agent(req.get_header_value("User-Agent")); // LEAK: header
  }

  RequestMetrics &prefix(std::string p) {
    prefixes_.push_back(std::move(p));
    return *this;
  }

private:
  const std::string &find_prefix(const std::string &path) const {
    for (const auto &p : prefixes_)
      if (path.rfind(p, 0) == 0)
        return p;
    return other_;
  }

  std::vector<std::string> prefixes_;
  std::string other_ = "other";
};

} // namespace shop
