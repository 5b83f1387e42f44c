// A static record() that labels, and a handler that uses it.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

static void record(prometheus::Family<prometheus::Counter> &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}

namespace {
void note(prometheus::Family<prometheus::Counter> &, const std::string &) {}
} // namespace

void first(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  record(family, req.path);
  // CHECK-NOTES: first.cpp:[[@LINE-1]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: first.cpp:[[@LINE-2]]:18: note: passed to 'record' as 'path' here
  // CHECK-NOTES: first.cpp:[[@LINE-11]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: first.cpp:[[@LINE-4]]:18: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  record(family, labelguard::route_label(req.path));{{$}}
  note(family, req.path);
}
