// The same names with internal linkage, doing something else: never
// confused with first.cpp's.
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

static void record(prometheus::Family<prometheus::Counter> &, const std::string &) {}

namespace {
void note(prometheus::Family<prometheus::Counter> &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}
} // namespace

void second(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  record(family, req.path);
  note(family, req.target);
  // CHECK-NOTES: second.cpp:[[@LINE-1]]:16: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: second.cpp:[[@LINE-2]]:16: note: passed to 'note' as 'path' here
  // CHECK-NOTES: second.cpp:[[@LINE-9]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: second.cpp:[[@LINE-4]]:16: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  note(family, labelguard::route_label(req.target));{{$}}
}
