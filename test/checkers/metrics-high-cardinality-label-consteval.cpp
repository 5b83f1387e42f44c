// A function whose control-flow graph clang cannot build (`if consteval`,
// C++23) is still analysed: its statements in order, both arms of a branch
// joined, the consteval arm left out (it never runs at run time).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++2b -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using prometheus::Counter;
using prometheus::Family;

constexpr int scale(int x) {
  if consteval {
    return x;
  } else {
    return 2 * x;
  }
}

void handler(const httplib::Request &req, Family<Counter> &family, int n) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
  if consteval {
    return;
  }
  std::string target = req.target;
  if (n > scale(1))
    target = "many";
  family.Add({{"target", target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:24: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:15: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(target)}}).Increment();{{$}}
  std::string fixed = "/health";
  family.Add({{"path", fixed}}).Increment();
}

void record(Family<Counter> &family, const std::string &path) {
  if !consteval {
    family.Add({{"path", path}}).Increment();
  }
}

void caller(const httplib::Request &req, Family<Counter> &family) { record(family, req.path); }
  // CHECK-NOTES: :[[@LINE-1]]:84: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:84: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-7]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:84: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}void caller(const httplib::Request &req, Family<Counter> &family) { record(family, labelguard::route_label(req.path)); }{{$}}

