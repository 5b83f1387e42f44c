// The guard's include goes where it compiles: this file's last include sits
// inside an extern "C" block, so the include is inserted before the block
// (a template such as the guard's cannot have C linkage).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
// CHECK-FIXES-NEXT: {{^}}extern "C" {{[{]}}{{$}}
extern "C" {
#include <clib/clib.h>
}

void handler(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}
