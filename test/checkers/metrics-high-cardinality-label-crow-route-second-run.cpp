// A second --fix changes nothing: after the first, the service's CROW_ROUTEs
// are the adapter's LABELGUARD_CROW_ROUTE (whose CROW_ROUTE is inside a
// macro, and which registers by hand), and a label added later gets its
// guard but no second registration.
// UNSUPPORTED: frontend-clangd
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: cp %t.cpp %t.again.cpp
// RUN: %clang_tidy %t.again.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs -I %labelguard_include > %t.again.out
// RUN: diff %t.cpp %t.again.cpp
// RUN: %FileCheck --allow-empty --check-prefix=AGAIN --implicit-check-not=warning: %s < %t.again.out
// A label added after the first run: guarded, and the routes stay as they are.
// RUN: %check_clang_tidy -check-suffix=LATER %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DLATER

#include <crow.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#ifdef LATER
#include "labelguard/adapters/crow.hpp"
#endif
// CHECK-FIXES: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}

using Requests = prometheus::Family<prometheus::Counter>;

void count(const crow::request &req, Requests &requests) {
  requests.Add({{"path", req.url}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-LATER: :[[@LINE-2]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url)}}).Increment();{{$}}
  // CHECK-FIXES-LATER: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url)}}).Increment();{{$}}
}

void serve(crow::SimpleApp &app, crow::Blueprint &bp) {
#ifndef LATER
  CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  CROW_BP_ROUTE(bp, "/items")([] { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_BP_ROUTE(bp, "/items")([] { return std::string("ok"); });{{$}}
#else
  // The routes as the first run left them.
  LABELGUARD_CROW_ROUTE(app, "/v2/users/<int>")([](long long) { return std::string("ok"); });
  // CHECK-FIXES-LATER: {{^}}  LABELGUARD_CROW_ROUTE(app, "/v2/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  LABELGUARD_CROW_BP_ROUTE(bp, "/v2/items")([] { return std::string("ok"); });
  // CHECK-FIXES-LATER: {{^}}  LABELGUARD_CROW_BP_ROUTE(bp, "/v2/items")([] { return std::string("ok"); });{{$}}
#endif
}

// AGAIN-NOT: note:
