// The fix-it options: a team's own guard and header (GuardFunction,
// GuardHeader), and the limiter fix for values that have no route
// (LimiterFunction). What a fix calls is a sanitizer, so the fixed file
// re-checks silent.
// RUN: %check_clang_tidy -check-suffix=GUARD %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.GuardFunction: '::myco::route_of', \
// RUN:     metrics-high-cardinality-label.GuardHeader: 'myco/guard.h'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=QUOTED %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.GuardFunction: '::myco::route_of', \
// RUN:     metrics-high-cardinality-label.GuardHeader: '\"myco/guard.h\"'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs -iquote %S/Inputs
// RUN: %check_clang_tidy -check-suffix=LIMITER %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.LimiterFunction: '::labelguard::limit_label'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
// CHECK-FIXES-GUARD: {{^}}#include <myco/guard.h>{{$}}
// CHECK-FIXES-LIMITER: {{^}}#include <labelguard/route_guard.hpp>{{$}}
// CHECK-FIXES-QUOTED: {{^}}#include "myco/guard.h"{{$}}

void handler(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-MESSAGES-GUARD: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-GUARD: {{^}}  family.Add({{[{][{]}}"path", myco::route_of(req.path)}}).Increment();{{$}}
  // CHECK-MESSAGES-QUOTED: :[[@LINE-3]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-QUOTED: {{^}}  family.Add({{[{][{]}}"path", myco::route_of(req.path)}}).Increment();{{$}}
  // CHECK-MESSAGES-LIMITER: :[[@LINE-5]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-LIMITER: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
  family.Add({{"tenant", req.get_header_value("X-Tenant")}}).Increment();
  // CHECK-MESSAGES-GUARD: :[[@LINE-1]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-GUARD: {{^}}  family.Add({{[{][{]}}"tenant", req.get_header_value("X-Tenant")}}).Increment();{{$}}
  // CHECK-MESSAGES-QUOTED: :[[@LINE-3]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-LIMITER: :[[@LINE-4]]:26: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-LIMITER: {{^}}  family.Add({{[{][{]}}"tenant", labelguard::limit_label(req.get_header_value("X-Tenant"))}}).Increment();{{$}}
}
