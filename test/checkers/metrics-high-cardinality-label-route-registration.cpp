// The fix finishes the cure: where the unit declares its routes with literal
// patterns and registers none with the guard, the fix that labels by the
// registered route also wraps each pattern in the framework's declarer (a
// pass-through that registers it). One edit per declaration; a unit that
// registers by hand, or a second run, gets none.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=NOTES %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND
// RUN: %check_clang_tidy -check-suffix=INCLUDED %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DINCLUDED
// RUN: %check_clang_tidy -check-suffix=QUERY %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -DQUERY_ONLY

#include <crow/app.h>
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#if defined(BY_HAND) || defined(INCLUDED)
// The guard's own headers call its registrars: including them is not
// registering by hand.
#include <labelguard/route_guard.hpp>
#endif
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

void serve(httplib::Server &svr, crow::SimpleApp &app,
           prometheus::Family<prometheus::Counter> &requests) {
#ifdef BY_HAND
  labelguard::register_routes({"/users/:id", "/orders/:id"});
#endif
  svr.Get(R"(/users/(\d+))", [&](const httplib::Request &req, httplib::Response &) {
    // CHECK-FIXES: {{^}}  svr.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), [&](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
    // CHECK-FIXES-INCLUDED: {{^}}  svr.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), [&](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
    // CHECK-FIXES-HAND: {{^}}  svr.Get(R"(/users/(\d+))", [&](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
    // CHECK-FIXES-QUERY: {{^}}  svr.Get(R"(/users/(\d+))", [&](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
#ifndef QUERY_ONLY
    requests.Add({{"path", req.path}}).Increment();
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-MESSAGES-INCLUDED: :[[@LINE-2]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-MESSAGES-HAND: :[[@LINE-3]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES-NOTES: :[[@LINE-4]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES-NOTES: :[[@LINE-5]]:14: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES-NOTES: :[[@LINE-6]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    // CHECK-NOTES-NOTES: :[[@LINE-13]]:11: note: the fix also registers the 4 route patterns the service declares, each where it is declared, through 'labelguard::declare_httplib_route'
    // CHECK-FIXES: {{^}}    requests.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
#else
    requests.Add({{"sort", req.get_param_value("sort")}}).Increment();
    // CHECK-MESSAGES-QUERY: :[[@LINE-1]]:28: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
#endif
  });
  svr.Post("/orders/:id", [&](const httplib::Request &, httplib::Response &) {});
  // CHECK-FIXES: {{^}}  svr.Post(labelguard::declare_httplib_route("/orders/:id"), [&](const httplib::Request &, httplib::Response &) {});{{$}}
  // CHECK-FIXES-HAND: {{^}}  svr.Post("/orders/:id", [&](const httplib::Request &, httplib::Response &) {});{{$}}
  app.route_dynamic("/items/<int>");
  // CHECK-FIXES: {{^}}  app.route_dynamic(labelguard::declare_route("/items/<int>"));{{$}}
  // A pattern that is not a literal is the service's own business. A route
  // macro whose literal no call may wrap is renamed to the adapter's
  // (metrics-high-cardinality-label-crow-route-registration.cpp).
  std::string computed = "/admin";
  svr.Get(computed, [](const httplib::Request &, httplib::Response &) {});
  // CHECK-FIXES: {{^}}  svr.Get(computed, [](const httplib::Request &, httplib::Response &) {});{{$}}
  CROW_ROUTE(app, "/health");
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/health");{{$}}
  // CHECK-FIXES-HAND: {{^}}  CROW_ROUTE(app, "/health");{{$}}
}
