#include "handlers.h"
#include <prometheus/counter.h>
#include <prometheus/family.h>

prometheus::Family<prometheus::Counter> &requests();

void handle_user(const httplib::Request &req, httplib::Response &) {
  requests().Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: handlers.cpp:[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handlers.cpp:[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handlers.cpp:[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-NOTES-SCAN: main.cpp:9:11: note: the fix also registers the 2 route patterns the service declares, each where it is declared, through 'labelguard::declare_httplib_route'
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}

void handle_order(const httplib::Request &req, httplib::Response &) {
  requests().Add({{"path", "/orders/:id"}}).Increment();
}
