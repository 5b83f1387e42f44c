// corpus: framework=userver metrics=userver shape=members
// shaped after: userver-framework/userver core/src/server/middlewares/handler_metrics.cpp,
//               core/src/server/handlers/http_handler_base_statistics.cpp (HttpHandlerStatisticsScope)
//
// A middleware opens a statistics scope per request; the scope's destructor
// accounts into per-key slots that a writer dumps later. The framework's
// scope is keyed by the method; this service also keys one by an argument.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include <userver/server/http/http_request.hpp>
#include <userver/utils/statistics/writer.hpp>

namespace mw {

namespace stats = userver::utils::statistics;

class KeyedStatistics {
public:
  void Account(const std::string &key, int status) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto &slot = slots_[key];
    ++slot.total;
    if (status >= 500)
      ++slot.errors;
  }

  void Dump(stats::Writer &writer, std::string_view label) const {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto &[key, slot] : slots_)
      writer["requests"].ValueWithLabels(slot.total, {label, key});
  }

private:
  struct Slot {
    std::uint64_t total = 0;
    std::uint64_t errors = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Slot> slots_;
};

class StatisticsScope {
public:
  StatisticsScope(KeyedStatistics &stats, std::string key,
                  userver::server::http::HttpResponse &response)
      : stats_(stats), key_(std::move(key)), response_(response) {}
  ~StatisticsScope() { stats_.Account(key_, status_); }
  void SetStatus(int status) { status_ = status; }

private:
  KeyedStatistics &stats_;
  std::string key_;
  userver::server::http::HttpResponse &response_;
  int status_ = 200;
};

class HandlerMetrics {
public:
  void HandleRequest(const userver::server::http::HttpRequest &request,
                     const std::function<void()> &next) const {
    StatisticsScope by_method(by_method_, request.GetMethodStr(), request.GetHttpResponse()); // SAFE
    StatisticsScope by_item(by_item_, request.GetPathArg("item_id"), request.GetHttpResponse()); // LEAK: pathparam shape=helper-param
    StatisticsScope by_handler(by_handler_, "catalog-item", request.GetHttpResponse()); // SAFE shape=helper-param
    {
      std::lock_guard<std::mutex> lock(mutex_);
      last_session_ = request.GetCookie("session_id");
    }
    next();
  }

  void DumpMetric(stats::Writer &writer) const {
    by_method_.Dump(writer, "http_method");
    by_item_.Dump(writer, "item");
    by_handler_.Dump(writer, "http_handler");
    std::lock_guard<std::mutex> lock(mutex_);
    writer["last-session"].ValueWithLabels(1, {"session", last_session_}); // LEAK: cookie
  }

private:
  mutable KeyedStatistics by_method_;
  mutable KeyedStatistics by_item_;
  mutable KeyedStatistics by_handler_;
  mutable std::mutex mutex_;
  mutable std::string last_session_;
};

} // namespace mw
