#include "server.h"
#include <httplib.h>

void fire(Server &server, const httplib::Request &req) {
  server.onRequest(req.path);
  // CHECK-NOTES: fire.cpp:[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: fire.cpp:[[@LINE-2]]:20: note: passed to the lambda as 'path' here
  // CHECK-NOTES: install.cpp:9:15: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: fire.cpp:[[@LINE-4]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  server.onRequest(labelguard::route_label(req.path));{{$}}
  server.onRequest("/health");
}
