// Crow's CROW_ROUTE and CROW_BP_ROUTE hand their literal to a template
// argument, where no call may wrap it: the fix that labels by the registered
// route renames each macro the service wrote to the adapter's
// (LABELGUARD_CROW_ROUTE, LABELGUARD_CROW_BP_ROUTE), which registers the
// rule it yields, and includes <labelguard/adapters/crow.hpp>. One edit per
// declaration; none for a CROW_ROUTE inside another macro (its author's
// text), none when the service registers by hand. The fixed file compiles
// with and without exceptions, and with Crow's CROW_MSVC_WORKAROUND macros.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=NOEXC %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -fno-exceptions
// RUN: %check_clang_tidy -check-suffix=MSVC %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -DCROW_MSVC_WORKAROUND
// RUN: %check_clang_tidy -check-suffix=HAND %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include -DBY_HAND

#include <crow.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#ifdef BY_HAND
#include <labelguard/route_guard.hpp>
#endif
// CHECK-FIXES: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}
// CHECK-FIXES-NOEXC: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}
// CHECK-FIXES-MSVC: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}
// CHECK-FIXES-HAND-NOT: {{^}}#include <labelguard/adapters/crow.hpp>

using Requests = prometheus::Family<prometheus::Counter>;

// A macro of the service's own that declares routes: its body is not the
// place of any one declaration, so it is left alone.
#define ADMIN_ROUTE(app, url) CROW_ROUTE(app, "/admin" url)
// CHECK-FIXES: {{^}}#define ADMIN_ROUTE(app, url) CROW_ROUTE(app, "/admin" url){{$}}

void count(const crow::request &req, Requests &requests) {
  requests.Add({{"path", req.url}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
  // CHECK-NOTES: :[[@LINE+12]]:3: note: the fix also registers the 7 route patterns the service declares, each where it is declared, through 'LABELGUARD_CROW_ROUTE'
  // CHECK-MESSAGES-NOEXC: :[[@LINE-5]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-MSVC: :[[@LINE-6]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-HAND: :[[@LINE-7]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url)}}).Increment();{{$}}
  // CHECK-FIXES-HAND: {{^}}  requests.Add({{[{][{]}}"path", labelguard::route_label(req.url)}}).Increment();{{$}}
}

void serve(crow::SimpleApp &app, crow::Blueprint &bp) {
#ifdef BY_HAND
  labelguard::register_routes({"/users/<int>", "/orders", "/api/items/<string>"});
#endif
  CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-NOEXC: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-MSVC: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-HAND: {{^}}  CROW_ROUTE(app, "/users/<int>")([](long long) { return std::string("ok"); });{{$}}
  CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)([] { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)([] { return std::string("ok"); });{{$}}
  // CHECK-FIXES-MSVC: {{^}}  LABELGUARD_CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)([] { return std::string("ok"); });{{$}}
  // CHECK-FIXES-HAND: {{^}}  CROW_ROUTE(app, "/orders").methods(crow::HTTPMethod::Post)([] { return std::string("ok"); });{{$}}
  CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-NOEXC: {{^}}  LABELGUARD_CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-MSVC: {{^}}  LABELGUARD_CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return std::string("ok"); });{{$}}
  // CHECK-FIXES-HAND: {{^}}  CROW_BP_ROUTE(bp, "/items/<string>")([](const std::string &) { return std::string("ok"); });{{$}}
  // Where an expression goes, not only a statement.
  auto &files = CROW_ROUTE(app, "/files/<path>");
  // CHECK-FIXES: {{^}}  auto &files = LABELGUARD_CROW_ROUTE(app, "/files/<path>");{{$}}
  // CHECK-FIXES-MSVC: {{^}}  auto &files = LABELGUARD_CROW_ROUTE(app, "/files/<path>");{{$}}
  files([](const std::string &) { return std::string("ok"); });
  if (files.rule().empty())
    CROW_ROUTE(app, "/fallback")([] { return std::string("ok"); });
  // CHECK-FIXES: {{^}}    LABELGUARD_CROW_ROUTE(app, "/fallback")([] { return std::string("ok"); });{{$}}
  ADMIN_ROUTE(app, "/stats")([] { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  ADMIN_ROUTE(app, "/stats")([] { return std::string("ok"); });{{$}}
  // CHECK-FIXES-MSVC: {{^}}  ADMIN_ROUTE(app, "/stats")([] { return std::string("ok"); });{{$}}
  app.route_dynamic("/legacy/<int>");
  // CHECK-FIXES: {{^}}  app.route_dynamic(labelguard::declare_route("/legacy/<int>"));{{$}}
  // CHECK-FIXES-HAND: {{^}}  app.route_dynamic("/legacy/<int>");{{$}}
}

// Two instantiations expand one CROW_ROUTE: one edit.
template <class App> void health(App &app) {
  CROW_ROUTE(app, "/health")([] { return std::string("ok"); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/health")([] { return std::string("ok"); });{{$}}
}
template void health(crow::SimpleApp &);
template void health(crow::App<crow::CookieParser> &);
