// Templates defined in a unit's main file: the fix is one edit for the
// instantiations of that unit, unless another unit includes the file and
// instantiates the template too (the test below does).
#include "metrics.h"
#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

template <int Status> void countStatus(const httplib::Request &req) {
  requests().Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: handlers.cpp:[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handlers.cpp:[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handlers.cpp:[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}

template <class Req> void handle(const Req &req) {
  requests().Add({{"handler", req.path}}).Increment();
  // CHECK-NOTES: handlers.cpp:[[@LINE-1]]:31: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handlers.cpp:[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handlers.cpp:[[@LINE-3]]:31: note: no automatic fix inside a template: another translation unit that includes this file instantiates it too, where the value may not be raw
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"handler", req.path}}).Increment();{{$}}
}

#ifndef HANDLERS_UNDER_TEST
void ok(const httplib::Request &req) { countStatus<200>(req); }
void missing(const httplib::Request &req) { countStatus<404>(req); }
void serve(const httplib::Request &req) { handle(req); }
#endif
