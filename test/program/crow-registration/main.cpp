// A Crow service declares its routes with CROW_ROUTE and registers none with
// the guard: labelguard-scan --fix guards the raw URL where the service hands
// it to the metrics unit, renames each route macro to the guard's, and adds
// both headers at one place (the adapter's sorts first).
#include "metrics.h"
#include <crow.h>
#include <string>
// CHECK-FIXES: {{^}}#include <labelguard/adapters/crow.hpp>{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

void after_request(const crow::request &req, int status) {
  record_request(req.url, status);
  // CHECK-NOTES: main.cpp:[[@LINE-1]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: main.cpp:[[@LINE-2]]:18: note: passed to 'record_request' as 'path' here
  // CHECK-NOTES: metrics.cpp:9:21: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: main.cpp:[[@LINE-4]]:18: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
  // CHECK-NOTES: main.cpp:23:3: note: the fix also registers the 2 route patterns the service declares, each where it is declared, through 'LABELGUARD_CROW_ROUTE'
  // CHECK-FIXES: {{^}}  record_request(labelguard::route_label(req.url), status);{{$}}
}

int main() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/users/<int>")([](int id) { return std::to_string(id); });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](int id) { return std::to_string(id); });{{$}}
  CROW_ROUTE(app, "/health")([] { return "ok"; });
  // CHECK-FIXES: {{^}}  LABELGUARD_CROW_ROUTE(app, "/health")([] { return "ok"; });{{$}}
  app.port(8080).run();
}
