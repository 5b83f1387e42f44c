// corpus: framework=proxygen metrics=prometheus shape=helper-param
// shaped after: facebook/proxygen proxygen/httpserver/samples/echo/EchoHandler.cpp,
//               proxygen/httpserver/samples/echo/EchoServer.cpp
//
// The factory gives every handler the thread's stats object; the handler
// records each request through it when the headers arrive.

#include <cstdint>
#include <memory>
#include <string>

#include <folly/Range.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>
#include <proxygen/lib/http/HTTPMessage.h>

namespace echo {

class EchoStats {
public:
  explicit EchoStats(prometheus::Registry &registry)
      : requests_(prometheus::BuildCounter()
                      .Name("echo_requests_total")
                      .Help("Requests by path")
                      .Register(registry)),
        methods_(prometheus::BuildCounter()
                     .Name("echo_requests_by_method_total")
                     .Help("Requests by method")
                     .Register(registry)),
        agents_(prometheus::BuildCounter()
                    .Name("echo_requests_by_agent_total")
                    .Help("Requests by user agent")
                    .Register(registry)),
        clients_(prometheus::BuildCounter()
                     .Name("echo_requests_by_client_total")
                     .Help("Requests by client")
                     .Register(registry)) {}

  void recordRequest(const std::string &path) {
    requests_.Add({{"path", path}}).Increment();
    ++count_;
  }
  void recordMethod(const std::string &method) { methods_.Add({{"method", method}}).Increment(); }
  void recordAgent(folly::StringPiece agent) { agents_.Add({{"agent", agent.str()}}).Increment(); }
  void recordClient(const std::string &ip) { clients_.Add({{"ip", ip}}).Increment(); }
  uint64_t getRequestCount() const { return count_; }

private:
  prometheus::Family<prometheus::Counter> &requests_;
  prometheus::Family<prometheus::Counter> &methods_;
  prometheus::Family<prometheus::Counter> &agents_;
  prometheus::Family<prometheus::Counter> &clients_;
  uint64_t count_ = 0;
};

class EchoHandler {
public:
  explicit EchoHandler(EchoStats *stats) : stats_(stats) {}

  void onRequest(std::unique_ptr<proxygen::HTTPMessage> headers) noexcept {
    stats_->recordMethod(headers->getMethodString()); // SAFE
    if (headers->getPath() == "/ping") {
      stats_->recordRequest("/ping"); // SAFE
      return;
    }
    stats_->recordRequest(headers->getPath()); // LEAK: path
    stats_->recordAgent(headers->getHeaders().getSingleOrEmpty("User-Agent")); // LEAK: header
    stats_->recordClient(headers->getClientIP()); // LEAK: address
    if (headers->hasQueryParam("op"))
      stats_->recordRequest("/echo?op=" + headers->getQueryParam("op")); // LEAK: query
  }

  void onEOM() noexcept {
    std::string requestNumber = std::to_string(stats_->getRequestCount());
    (void)requestNumber;
  }

private:
  EchoStats *stats_;
};

} // namespace echo
