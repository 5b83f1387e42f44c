#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

bool is_registered(const std::string &path);
bool looks_like_api(const std::string &path);

void guarded(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  if (!is_registered(req.path))
    return;
  family.Add({{"path", req.path}}).Increment();
  std::string route = is_registered(req.target) ? req.target : "unregistered-path";
  family.Add({{"route", route}}).Increment();
}

// The hand-written guard of the original fix, with the test in routes.cpp.
void reassigned(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  std::string route = req.path;
  if (!is_registered(route))
    route = "unregistered-path";
  family.Add({{"path", route}}).Increment();
}

// Reassigned only when the test says yes: still raw.
void reassignedBackwards(const httplib::Request &req,
                         prometheus::Family<prometheus::Counter> &family) {
  std::string route = req.path;
  if (is_registered(route))
    route = "unregistered-path";
  family.Add({{"path", route}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:23: note: value read from the request here
  // CHECK-NOTES: handler.cpp:[[@LINE-6]]:15: note: flows into 'route' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(route)}}).Increment();{{$}}
}

void unguarded(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  if (!looks_like_api(req.path))
    return;
  family.Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}

// The test guards only the header it sets; the label after it is unguarded,
// on the path where the test failed and on the one where it held nothing.
void testedForSomethingElse(const httplib::Request &req, httplib::Response &res,
                            prometheus::Family<prometheus::Counter> &family) {
  if (is_registered(req.path))
    res.status = 200;
  family.Add({{"seen", req.path}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"seen", labelguard::route_label(req.path)}}).Increment();{{$}}
  if (is_registered(req.target)) {
  }
  family.Add({{"target", req.target}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(req.target)}}).Increment();{{$}}
}
