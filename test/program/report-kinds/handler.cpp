#include <httplib.h>
#include <string>

void record(const std::string &what, const std::string &value);

void handle(const httplib::Request &req) {
  record("path", req.path);
  record("sort", req.get_param_value("sort"));
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:18: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:18: note: passed to 'record' as 'value' here
  // CHECK-NOTES: metrics.cpp:8:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:18: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  // CHECK-FIXES: {{^}}  record("sort", req.get_param_value("sort"));{{$}}
}
