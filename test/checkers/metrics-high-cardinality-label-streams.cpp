// Streams: text written into a std::ostringstream or std::stringstream with
// << and read back with str() carries the request's text; a stream of
// constants and numbers about the request does not.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <sstream>

using prometheus::Counter;
using prometheus::Family;

void requestLine(const httplib::Request &req, Family<Counter> &family) {
  std::ostringstream os;
  os << req.method << " " << req.path;
  family.Add({{"request", os.str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:30: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: flows into 'os' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:27: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"request", os.str()}}).Increment();{{$}}
}

void readBack(const httplib::Request &req, Family<Counter> &family) {
  std::stringstream ss;
  ss << req.target;
  std::string line = ss.str();
  family.Add({{"target", line}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:9: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: flows into 'ss' here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'line' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", line}}).Increment();{{$}}
}

std::string describe(const httplib::Request &req) {
  std::ostringstream os;
  os << "GET " << req.path;
  return os.str();
}

void throughAHelper(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"request", describe(req)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-7]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-8]]:3: note: flows into 'os' here
  // CHECK-NOTES: :[[@LINE-4]]:27: note: returned from 'describe' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:27: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"request", describe(req)}}).Increment();{{$}}
}

// --- Silent ---------------------------------------------------------------
void constantsAndNumbers(const httplib::Request &req, const httplib::Response &res,
                         Family<Counter> &family) {
  std::ostringstream os;
  os << "status_" << res.status << "_" << req.path.size();
  family.Add({{"bucket", os.str()}}).Increment();
  std::ostringstream other;
  other << "fixed";
  std::ostringstream raw;
  raw << req.path;
  family.Add({{"kind", other.str()}}).Increment();
}

