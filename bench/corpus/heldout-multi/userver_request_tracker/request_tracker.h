// shaped after: userver-framework/userver core/src/server/handlers/http_handler_base_statistics.cpp
//               (HttpHandlerStatisticsScope), core/src/server/middlewares/handler_metrics.cpp
#pragma once

#include <chrono>
#include <string>

namespace catalog {

// Accounts one request when it goes out of scope.
class RequestTracker {
public:
  RequestTracker(std::string route, std::string method);
  ~RequestTracker();
  RequestTracker(const RequestTracker &) = delete;
  RequestTracker &operator=(const RequestTracker &) = delete;

  void SetStatus(int status) { status_ = status; }

private:
  std::string route_;
  std::string method_;
  int status_ = 200;
  std::chrono::steady_clock::time_point start_;
};

} // namespace catalog
