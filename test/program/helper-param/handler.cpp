// A handler hands the raw path to a helper defined in another unit: the
// warning is here, at the argument; the fix guards it here.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void record(prometheus::Family<prometheus::Counter> &family, const std::string &path);

void handle(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  record(family, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:18: note: passed to 'record' as 'path' here
  // CHECK-NOTES: metrics.cpp:7:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:18: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  record(family, labelguard::route_label(req.path));{{$}}
}
