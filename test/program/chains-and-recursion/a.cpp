// A chain over three units: handle() -> forward() (b.cpp) -> store() (c.cpp).
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void forward(prometheus::Family<prometheus::Counter> &family, const std::string &p, int hops);

void handle(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  forward(family, req.path, 2);
  // CHECK-NOTES: a.cpp:[[@LINE-1]]:19: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: a.cpp:[[@LINE-2]]:19: note: passed to 'forward' as 'p' here
  // CHECK-NOTES: b.cpp:11:19: note: passed to 'store' as 'value' here
  // CHECK-NOTES: c.cpp:8:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: a.cpp:[[@LINE-5]]:19: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  forward(family, labelguard::route_label(req.path), 2);{{$}}
}
