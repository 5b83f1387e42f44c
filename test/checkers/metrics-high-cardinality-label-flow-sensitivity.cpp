// Flow-sensitive value tracking inside one function: what a local holds at
// the metric call is what counts, not what it held before or after.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

#include <labelguard/route_guard.hpp>

void rawThenGuarded(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  p = labelguard::route_label(p);
  family.Add({{"path", p}}).Increment();
}

void constantThenRaw(const Request &req, Family<Counter> &family) {
  std::string p = "/static";
  p = req.path;
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:7: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

void rawAfterTheMetric(const Request &req, Family<Counter> &family) {
  std::string p = "/static";
  family.Add({{"path", p}}).Increment();
  p = req.path;
}

void rawOnOneBranch(const Request &req, Family<Counter> &family, bool verbose) {
  std::string p = "/static";
  if (verbose)
    p = req.target;
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:5: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

void overwrittenOnBothBranches(const Request &req, Family<Counter> &family, bool verbose) {
  std::string p = req.path;
  if (verbose)
    p = "verbose";
  else
    p = "quiet";
  family.Add({{"path", p}}).Increment();
}

void inALoop(const Request &req, Family<Counter> &family) {
  std::string last = "none";
  for (int i = 0; i < 3; ++i) {
    family.Add({{"previous", last}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE+5]]:12: note: value read from the request here
    // CHECK-NOTES: :[[@LINE+4]]:5: note: flows into 'last' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:30: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    // CHECK-FIXES: {{^}}    family.Add({{[{][{]}}"previous", labelguard::route_label(last)}}).Increment();{{$}}
    last = req.path;
  }
}

void copiedThroughSeveralLocals(const Request &req, Family<Counter> &family) {
  const std::string &a = req.path;
  std::string b = a;
  auto c = b;
  std::string_view d = c;
  family.Add({{"path", std::string(d)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-6]]:26: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-7]]:22: note: flows into 'a' here
  // CHECK-NOTES: :[[@LINE-7]]:15: note: flows into 'b' here
  // CHECK-NOTES: :[[@LINE-7]]:8: note: flows into 'c' here
  // CHECK-NOTES: :[[@LINE-7]]:20: note: flows into 'd' here
  // CHECK-NOTES: :[[@LINE-7]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-8]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(std::string(d))}}).Increment();{{$}}
}
