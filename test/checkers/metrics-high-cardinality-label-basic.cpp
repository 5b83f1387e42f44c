// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
// CHECK-FIXES: {{^}}{{$}}
using prometheus::Counter;
using prometheus::Family;

void directPath(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}

void directTarget(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"method", "GET"}, {"target", req.target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:45: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:45: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"method", "GET"}, {"target", labelguard::route_label(req.target)}}).Increment();{{$}}
}

void throughLocals(const httplib::Request &req, Family<Counter> &family) {
  auto p = req.target;
  std::string q(p);
  family.Add({{"path", q}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:12: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:8: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'q' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(q)}}).Increment();{{$}}
}

void keyFromRequest(const httplib::Request &req, Family<Counter> &family) {
  const std::string &key = req.path;
  family.Add({{key, "x"}});
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:28: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: flows into 'key' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:16: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}labelguard::route_label(key), "x"}});{{$}}
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

void constants(Family<Counter> &family) {
  family.Add({{"path", "/users/:id"}}).Increment();
}

void notAMetric(const httplib::Request &req, std::map<std::string, std::string> &json) {
  json.insert({"path", req.path});
  std::map<std::string, std::string> body{{"path", req.path}};
}

void lookupOnly(const httplib::Request &req, Family<Counter> &family) {
  (void)family.Has({{"path", req.path}});
}

void controlFlowOnly(const httplib::Request &req, Family<Counter> &family) {
  const char *label = req.path.size() > 100 ? "long" : "short";
  family.Add({{"size", label}}).Increment();
}

void reassignedLater(const httplib::Request &req, Family<Counter> &family) {
  std::string route = "/static";
  family.Add({{"path", route}}).Increment();
  route = req.path;
}

void suppressed(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"path", req.path}}).Increment(); // NOLINT(metrics-high-cardinality-label)
  // NOLINTNEXTLINE(metrics-high-cardinality-label)
  family.Add({{"path", req.target}}).Increment();
}
