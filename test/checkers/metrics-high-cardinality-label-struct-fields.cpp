// Structs by field: a helper that returns a struct whose path is raw and
// whose method is bounded taints the path only, whether the struct comes
// back by value, in a std::optional (read with -> and value()), or is passed
// on by another helper.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <labelguard/route_guard.hpp>
#include <optional>
#include <string>

using prometheus::Counter;
using prometheus::Family;

struct RequestInfo {
  std::string path;
  std::string method;
  int status = 0;
};

RequestInfo describe(const httplib::Request &req) {
  RequestInfo info;
  info.path = req.path;
  info.method = labelguard::method_label(req.method);
  info.status = 200;
  return info;
}

std::optional<RequestInfo> lookup(const httplib::Request &req) {
  if (req.path.empty())
    return std::nullopt;
  RequestInfo info{req.target, "GET", 200};
  return info;
}

RequestInfo again(const httplib::Request &req) { return describe(req); }

void byValue(const httplib::Request &req, Family<Counter> &family) {
  RequestInfo info = describe(req);
  family.Add({{"method", info.method}}).Increment();
  family.Add({{"path", info.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-20]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-21]]:3: note: stored in member 'path' here
  // CHECK-NOTES: :[[@LINE-6]]:22: note: returned from 'describe' here
  // CHECK-NOTES: :[[@LINE-7]]:15: note: flows into 'info' here
  // CHECK-NOTES: :[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(info.path)}}).Increment();{{$}}
}

void inAnOptional(const httplib::Request &req, Family<Counter> &family) {
  auto info = lookup(req);
  if (!info)
    return;
  family.Add({{"method", info->method}}).Increment();
  family.Add({{"method", info.value().method}}).Increment();
  family.Add({{"target", info->path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-28]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-29]]:15: note: flows into 'info' here
  // CHECK-NOTES: :[[@LINE-9]]:15: note: returned from 'lookup' here
  // CHECK-NOTES: :[[@LINE-10]]:8: note: flows into 'info' here
  // CHECK-NOTES: :[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(info->path)}}).Increment();{{$}}
}

void direct(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"method", describe(req).method}}).Increment();
  family.Add({{"method", again(req).method}}).Increment();
  family.Add({{"path", again(req).path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-51]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-52]]:3: note: stored in member 'path' here
  // CHECK-NOTES: :[[@LINE-40]]:57: note: returned from 'describe' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: returned from 'again' here
  // CHECK-NOTES: :[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(again(req).path)}}).Increment();{{$}}
}

