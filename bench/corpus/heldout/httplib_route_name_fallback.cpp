// corpus: framework=httplib metrics=prometheus shape=helper-return
// shaped after: 4evour/Tour-Pass src/api.cpp
//
// The service names each request for its metrics with a table of the routes
// it serves. One naming function falls back to the raw method and path for
// anything it does not know (every scanner probe becomes a series); the other
// closes the table with one bucket.

#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace trips {

class ServiceMetrics {
public:
  explicit ServiceMetrics(prometheus::Registry &registry)
      : requests_(prometheus::BuildCounter()
                      .Name("trips_http_requests_total")
                      .Help("Requests by route, status and cache outcome")
                      .Register(registry)),
        latency_(prometheus::BuildHistogram()
                     .Name("trips_http_request_milliseconds")
                     .Help("Request latency by route")
                     .Register(registry)) {}

  void recordRequest(const std::string &route, int status,
                     std::chrono::milliseconds elapsed, bool cached) {
    requests_
        .Add({{"route", route},
              {"status", std::to_string(status)},
              {"cache", cached ? "hit" : "miss"}})
        .Increment();
    latency_
        .Add({{"route", route}},
             prometheus::Histogram::BucketBoundaries{5, 25, 100, 500, 2500})
        .Observe(static_cast<double>(elapsed.count()));
  }

private:
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Histogram> &latency_;
};

class ResponseCache {
public:
  bool get(const std::string &key, std::string &out) const {
    auto it = entries_.find(key);
    if (it == entries_.end())
      return false;
    out = it->second;
    return true;
  }
  void put(const std::string &key, std::string value) {
    entries_[key] = std::move(value);
  }

private:
  std::unordered_map<std::string, std::string> entries_;
};

std::string queryString(const httplib::Request &req) {
  auto pos = req.target.find('?');
  return pos == std::string::npos ? std::string() : req.target.substr(pos + 1);
}

// Names the routes the service serves; anything else keeps its raw request
// line.
std::string routeName(const httplib::Request &req) {
  if (req.method == "GET" && req.path == "/health") return "GET /health";
  if (req.method == "POST" && req.path == "/trip/plan") return "POST /trip/plan";
  if (req.method == "GET" && req.path.find("/trip/jobs/") == 0)
    return "GET /trip/jobs/{id}";
  if (req.method == "GET" && req.path == "/poi/search") return "GET /poi/search";
  return req.method + " " + req.path;
}

// The same table, closed: what it does not know is one bucket.
std::string routeKey(const httplib::Request &req) {
  if (req.method == "GET" && req.path == "/health") return "GET /health";
  if (req.method == "POST" && req.path == "/trip/plan") return "POST /trip/plan";
  if (req.method == "GET" && req.path.find("/trip/jobs/") == 0)
    return "GET /trip/jobs/{id}";
  if (req.method == "GET" && req.path == "/poi/search") return "GET /poi/search";
  return "unmatched";
}

std::mutex startedMutex;
std::unordered_map<const httplib::Request *, std::chrono::steady_clock::time_point>
    startedAt;

std::chrono::milliseconds takeElapsed(const httplib::Request &req) {
  std::lock_guard<std::mutex> lock(startedMutex);
  auto now = std::chrono::steady_clock::now();
  auto found = startedAt.find(&req);
  if (found == startedAt.end())
    return std::chrono::milliseconds(0);
  auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(now - found->second);
  startedAt.erase(found);
  return elapsed;
}

void installMiddleware(httplib::Server &server, ServiceMetrics &metrics) {
  server.set_pre_routing_handler(
      [](const httplib::Request &req, httplib::Response &) {
        std::lock_guard<std::mutex> lock(startedMutex);
        startedAt[&req] = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
      });

  server.set_post_routing_handler(
      [&metrics](const httplib::Request &req, httplib::Response &res) {
        auto elapsed = takeElapsed(req);
        res.set_header("X-Response-Time-Ms", std::to_string(elapsed.count()));
        metrics.recordRequest(routeName(req), res.status, elapsed, res.has_header("X-Cache")); // LEAK: path
      });

  server.set_exception_handler([&metrics](const httplib::Request &req,
                                          httplib::Response &res,
                                          std::exception_ptr) {
    res.status = 500;
    metrics.recordRequest(routeKey(req), 500, takeElapsed(req), false); // SAFE
  });

  server.set_error_handler([](const httplib::Request &req, httplib::Response &res) {
    std::map<std::string, std::string> details{{"path", req.path}}; // SAFE
    std::string body = "{\"error\":\"NOT_FOUND\",\"path\":\"" + details["path"] + "\"}";
    res.set_content(body, "application/json");
  });

  server.set_logger([](const httplib::Request &req, const httplib::Response &res) {
    std::cout << req.method << " " << req.path << " -> " << res.status << std::endl; // SAFE
  });
}

void installRoutes(httplib::Server &server, ServiceMetrics &metrics,
                   ResponseCache &cache) {
  server.Get("/poi/search", [&](const httplib::Request &req, httplib::Response &res) {
    std::string key = req.method + " " + req.path + "?" + queryString(req);
    std::string cached;
    if (cache.get(key, cached)) {
      res.set_header("X-Cache", "HIT");
      res.set_content(cached, "application/json");
      return;
    }
    std::string body = "[]";
    cache.put(key, body); // SAFE
    res.set_content(body, "application/json");
  });

  server.Delete(R"(/trip/jobs/([A-Za-z0-9\-]+))",
                [&](const httplib::Request &req, httplib::Response &res) {
                  res.status = 204;
                  metrics.recordRequest("DELETE " + req.path, res.status, std::chrono::milliseconds(0), false); // LEAK: path shape=helper-param
                });

  // Warm-up probes recorded under their fixed names.
  metrics.recordRequest("GET /health", 200, std::chrono::milliseconds(0), false); // SAFE shape=helper-param
}

} // namespace trips
