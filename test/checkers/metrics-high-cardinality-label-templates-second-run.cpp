// A template instantiated three times is one warning and one edit: in the
// fixes clang-tidy exports, and in the file --fix writes. A second --fix
// changes nothing.
// UNSUPPORTED: frontend-clangd
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: cp %t.cpp.orig %t.export.cpp
// RUN: %clang_tidy %t.export.cpp --checks=-*,metrics-high-cardinality-label --export-fixes=%t.yaml -- -std=c++17 -isystem %S/Inputs > %t.export.out
// RUN: %FileCheck --check-prefix=YAML --implicit-check-not='route_label(' %s < %t.yaml
// RUN: cp %t.cpp %t.again.cpp
// RUN: %clang_tidy %t.again.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs -I %labelguard_include > %t.again.out
// RUN: diff %t.cpp %t.again.cpp
// RUN: %FileCheck --allow-empty --check-prefix=AGAIN --implicit-check-not=warning: %s < %t.again.out

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using Requests = prometheus::Family<prometheus::Counter>;

template <int Status> void countStatus(Requests &requests, const httplib::Request &req) {
  requests.Add({{"path", req.path}, {"status", std::to_string(Status)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.path)}, {"status", std::to_string(Status)}}).Increment();{{$}}
}

// YAML: ReplacementText: 'labelguard::route_label('

void handler(Requests &requests, const httplib::Request &req, int status) {
  if (status == 200)
    countStatus<200>(requests, req);
  else if (status == 404)
    countStatus<404>(requests, req);
  else
    countStatus<500>(requests, req);
}
// AGAIN-NOT: note:
