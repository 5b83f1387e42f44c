#include "tracker.h"
#include <httplib.h>

void handle(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  Tracker t(family, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:21: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:21: note: passed to 'Tracker' as 'path' here
  // CHECK-NOTES: tracker.cpp:4:24: note: stored in member 'path_' here
  // CHECK-NOTES: tracker.cpp:6:31: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:21: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  Tracker t(family, labelguard::route_label(req.path));{{$}}
  Tracker fixed(family, "/static");
}

void route(const httplib::Request &req, Recorder &recorder) { recorder.setRoute(req.target); }
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:81: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:81: note: passed to 'setRoute' as 'route' here
  // CHECK-NOTES: recorder_set.cpp:3:53: note: stored in member 'route_' here
  // CHECK-NOTES: recorder_flush.cpp:4:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:81: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}void route(const httplib::Request &req, Recorder &recorder) { recorder.setRoute(labelguard::route_label(req.target)); }{{$}}
