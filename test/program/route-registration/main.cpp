// The service declares its routes where it serves them, and registers none
// with the guard: labelguard-scan --fix wraps the raw path where it is read
// and registers every declared pattern where it is declared.
#include <httplib.h>
#include "metrics.h"
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

int main() {
  httplib::Server svr;
  svr.Get(R"(/users/(\d+))", [](const httplib::Request &req, httplib::Response &) {
    // CHECK-FIXES: {{^}}  svr.Get(labelguard::declare_httplib_route(R"(/users/(\d+))"), [](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
    record_request(req.path, 200);
  // CHECK-NOTES: main.cpp:[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: main.cpp:[[@LINE-2]]:20: note: passed to 'record_request' as 'path' here
  // CHECK-NOTES: metrics.cpp:9:21: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: main.cpp:[[@LINE-4]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-NOTES: main.cpp:[[@LINE-7]]:11: note: the fix also registers the 3 route patterns the service declares, each where it is declared, through 'labelguard::declare_httplib_route'
  // CHECK-FIXES: {{^}}    record_request(labelguard::route_label(req.path), 200);{{$}}
  });
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &) {
    // CHECK-FIXES: {{^}}  svr.Post(labelguard::declare_httplib_route("/orders"), [](const httplib::Request &req, httplib::Response &) {{[{]}}{{$}}
    record_request(req.path, 201);
  // CHECK-NOTES: main.cpp:[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: main.cpp:[[@LINE-2]]:20: note: passed to 'record_request' as 'path' here
  // CHECK-NOTES: metrics.cpp:9:21: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: main.cpp:[[@LINE-4]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}    record_request(labelguard::route_label(req.path), 201);{{$}}
  });
  svr.Get("/health", [](const httplib::Request &, httplib::Response &) {});
  // CHECK-FIXES: {{^}}  svr.Get(labelguard::declare_httplib_route("/health"), [](const httplib::Request &, httplib::Response &) {});{{$}}
  return svr.listen("0.0.0.0", 8080) ? 0 : 1;
}
