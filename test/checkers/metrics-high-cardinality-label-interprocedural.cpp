// Flows across functions of the translation unit. A helper whose parameter
// reaches a metric is reported at the call that hands it raw data, so a
// helper shared with constant callers is never blamed for them.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
// CHECK-FIXES: {{^}}{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

void record(Family<Counter> &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}

void recordVia(Family<Counter> &family, const std::string &p) { record(family, p); }

void callers(const Request &req, Family<Counter> &family) {
  record(family, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-9]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:18: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  record(family, labelguard::route_label(req.path));{{$}}
  record(family, "/users/:id");
  recordVia(family, req.target);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:21: note: passed to 'recordVia' as 'p' here
  // CHECK-NOTES: :[[@LINE-13]]:80: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-17]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:21: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  recordVia(family, labelguard::route_label(req.target));{{$}}
  std::string copy = req.path;
  recordVia(family, copy);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'copy' here
  // CHECK-NOTES: :[[@LINE-4]]:21: note: passed to 'recordVia' as 'p' here
  // CHECK-NOTES: :[[@LINE-23]]:80: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-27]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:21: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  recordVia(family, labelguard::route_label(copy));{{$}}
}

std::string pathOf(const Request &req) { return req.path; }

std::string normalize(const std::string &s) {
  std::string t = s;
  return t;
}

void returnedValues(const Request &req, Family<Counter> &family) {
  std::string p = pathOf(req);
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-11]]:49: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:19: note: returned from 'pathOf' here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
  family.Add({{"path", normalize(req.target)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:34: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:34: note: passed to 'normalize' as 's' here
  // CHECK-NOTES: :[[@LINE-18]]:15: note: flows into 't' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: returned from 'normalize' here
  // CHECK-NOTES: :[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(normalize(req.target))}}).Increment();{{$}}
  family.Add({{"path", normalize("/constant")}}).Increment();
}

void fill(const Request &req, std::string &out) { out = req.path; }

void outParameter(const Request &req, Family<Counter> &family) {
  std::string p;
  fill(req, p);
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-7]]:57: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-8]]:51: note: flows into 'out' here
  // CHECK-NOTES: :[[@LINE-5]]:13: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

// Recursion ends; the value still reaches the metric.
void recurse(Family<Counter> &family, const std::string &p, int depth) {
  if (depth == 0) {
    family.Add({{"path", p}}).Increment();
    return;
  }
  recurse(family, p, depth - 1);
}

void recursive(const Request &req, Family<Counter> &family) { recurse(family, req.path, 3); }
// CHECK-NOTES: :[[@LINE-1]]:79: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
// CHECK-NOTES: :[[@LINE-2]]:79: note: passed to 'recurse' as 'p' here
// CHECK-NOTES: :[[@LINE-9]]:12: note: reaches the label of 'prometheus::Family::Add' here
// CHECK-NOTES: :[[@LINE-4]]:79: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
// CHECK-FIXES: {{^}}void recursive(const Request &req, Family<Counter> &family) { recurse(family, labelguard::route_label(req.path), 3); }{{$}}

// A helper defined after its caller is summarised all the same.
void late(Family<Counter> &family, const std::string &p);
void early(const Request &req, Family<Counter> &family) { late(family, req.path); }
// CHECK-NOTES: :[[@LINE-1]]:72: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
// CHECK-NOTES: :[[@LINE-2]]:72: note: passed to 'late' as 'p' here
// CHECK-NOTES: :[[@LINE+3]]:67: note: reaches the label of 'prometheus::Family::Add' here
// CHECK-NOTES: :[[@LINE-4]]:72: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
// CHECK-FIXES: {{^}}void early(const Request &req, Family<Counter> &family) { late(family, labelguard::route_label(req.path)); }{{$}}
void late(Family<Counter> &family, const std::string &p) { family.Add({{"p", p}}).Increment(); }

// --- Silent: helpers that bound, or never label, their input. ---------------

std::string classify(const std::string &p) { return p.size() > 10 ? "long" : "short"; }
void logOnly(const std::string &p) { (void)p.size(); }

void boundedHelpers(const Request &req, Family<Counter> &family) {
  family.Add({{"class", classify(req.path)}}).Increment();
  logOnly(req.path);
}

// A helper that takes a C string: the guard's answer is passed as one.
void recordCString(Family<Counter> &family, const char *path) {
  family.Add({{"path", path}}).Increment();
}

void cStringHelper(const Request &req, Family<Counter> &family) {
  recordCString(family, req.path.c_str());
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:25: note: passed to 'recordCString' as 'path' here
  // CHECK-NOTES: :[[@LINE-7]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:25: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  recordCString(family, labelguard::route_label(req.path.c_str()).c_str());{{$}}
}
