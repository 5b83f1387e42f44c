// corpus: framework=crow metrics=prometheus shape=members
// shaped after: CrowCpp/Crow examples/example_middleware.cpp, include/crow/middlewares/cors.h;
//               vijayv95/HTTP-server-cpp include/middleware/logger.hpp
//
// A global middleware keeps per-request state in its context between
// before_handle and after_handle. Paths are also grouped by the prefixes the
// service configured, the way the CORS middleware finds its rule.

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <crow.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace shop {

struct RequestMetrics {
  struct context {
    std::chrono::steady_clock::time_point started;
    std::string url;
    std::string prefix;
  };

  void before_handle(crow::request &req, crow::response &, context &ctx) {
    ctx.started = std::chrono::steady_clock::now();
    ctx.url = req.url;
    ctx.prefix = find_prefix(req.url);
  }

  void after_handle(crow::request &req, crow::response &res, context &ctx) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - ctx.started).count();
    requests->Add({{"prefix", ctx.prefix}, {"code", std::to_string(res.code)}}).Increment(); // SAFE
    latency->Add({{"url", ctx.url}}, prometheus::Histogram::BucketBoundaries{0.01, 0.1, 1}).Observe(seconds); // LEAK: path
    std::clog << req.url << " -> " << res.code << "\n"; // SAFE
    requests->Add({{"agent", req.get_header_value("User-Agent")}}).Increment(); // LEAK: header shape=direct
    requests->Add({{"peer", req.remote_ip_address}}).Increment(); // LEAK: address shape=direct
  }

  RequestMetrics &prefix(std::string p) {
    prefixes_.push_back(std::move(p));
    return *this;
  }

  prometheus::Family<prometheus::Counter> *requests = nullptr;
  prometheus::Family<prometheus::Histogram> *latency = nullptr;

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

int serve(prometheus::Registry &registry) {
  crow::App<RequestMetrics> app;
  auto &views = prometheus::BuildCounter()
                    .Name("shop_item_views_total")
                    .Help("Item page views")
                    .Register(registry);

  CROW_ROUTE(app, "/shop/<string>/item/<int>")
  ([&views](std::string shop, int64_t item) {
    views.Add({{"shop", shop}}).Increment(); // LEAK: pathparam shape=direct
    views.Add({{"item_bucket", std::to_string(item % 16)}}).Increment(); // SAFE shape=bounded
    return std::string("ok");
  });

  CROW_ROUTE(app, "/health")
  ([&views]() {
    views.Add({{"shop", "health"}}).Increment(); // SAFE shape=direct
    return std::string("ok");
  });

  app.port(18080).run();
  return 0;
}

} // namespace shop
