// corpus: framework=civetweb metrics=prometheus shape=members
// shaped after: jupp0r/prometheus-cpp pull/src/handler.cc
//
// A CivetHandler that builds its families in the constructor's init list, as
// the exposer's own handler does, and counts API requests by what the
// connection carries. The last client seen is kept and flushed separately.

#include <chrono>
#include <cstring>
#include <mutex>
#include <string>

#include <CivetServer.h>
#include <civetweb.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>

namespace api {

class ApiHandler : public CivetHandler {
public:
  explicit ApiHandler(prometheus::Registry &registry)
      : requests_family_(prometheus::BuildCounter()
                             .Name("api_requests_total")
                             .Help("API requests")
                             .Register(registry)),
        requests_(requests_family_.Add({})), // SAFE
        encodings_family_(prometheus::BuildCounter()
                              .Name("api_requests_by_encoding_total")
                              .Help("API requests by accepted encoding")
                              .Register(registry)),
        by_request_family_(prometheus::BuildCounter()
                               .Name("api_requests_by_request_total")
                               .Help("API requests by request attributes")
                               .Register(registry)),
        latencies_family_(prometheus::BuildSummary()
                              .Name("api_request_latencies")
                              .Help("Latencies of API requests, in microseconds")
                              .Register(registry)),
        latency_(latencies_family_.Add(
            {}, prometheus::Summary::Quantiles{{0.5, 0.05}, {0.99, 0.001}})) {}

  bool handleGet(CivetServer *, struct mg_connection *conn) override {
    auto start = std::chrono::steady_clock::now();
    const struct mg_request_info *info = mg_get_request_info(conn);

    const char *accept = mg_get_header(conn, "Accept-Encoding");
    bool gzip = accept != nullptr && std::strstr(accept, "gzip") != nullptr;
    encodings_family_.Add({{"encoding", gzip ? "gzip" : "identity"}}).Increment(); // SAFE

    by_request_family_.Add({{"uri", info->local_uri}}).Increment(); // LEAK: path
    by_request_family_.Add({{"method", info->request_method}}).Increment(); // SAFE

    std::string tenant;
    if (CivetServer::getParam(conn, "tenant", tenant))
      by_request_family_.Add({{"tenant", tenant}}).Increment(); // LEAK: query shape=out-param

    {
      std::lock_guard<std::mutex> lock(mutex_);
      last_client_ = info->remote_addr;
    }

    mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    latency_.Observe(static_cast<double>(us)); // SAFE
    requests_.Increment();
    return true;
  }

  // Called by the service's housekeeping timer.
  void flushLastClient() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!last_client_.empty())
      by_request_family_.Add({{"last_client", last_client_}}).Increment(); // LEAK: address
  }

private:
  prometheus::Family<prometheus::Counter> &requests_family_;
  prometheus::Counter &requests_;
  prometheus::Family<prometheus::Counter> &encodings_family_;
  prometheus::Family<prometheus::Counter> &by_request_family_;
  prometheus::Family<prometheus::Summary> &latencies_family_;
  prometheus::Summary &latency_;
  std::mutex mutex_;
  std::string last_client_;
};

} // namespace api
