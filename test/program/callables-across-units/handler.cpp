#include "api.h"

// Functions named as values, whose bodies are in other units: handed to a
// function of another unit that calls them, kept by a setter of another
// unit and called through the member, called through a local pointer.

void handed_to_another_unit(const httplib::Request &req, Fam &fam) {
  dispatch(fam, req.path, &label_it);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:17: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:17: note: passed to 'dispatch' as 'p' here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:17: note: passed to 'label_it' as 'p' here
  // CHECK-NOTES: label.cpp:3:53: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:17: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  dispatch(fam, labelguard::route_label(req.path), &label_it);{{$}}
}

void decayed_function_name(const httplib::Request &req, Fam &fam) {
  dispatch(fam, req.path, label_it);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:17: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:17: note: passed to 'dispatch' as 'p' here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:17: note: passed to 'label_it' as 'p' here
  // CHECK-NOTES: label.cpp:3:53: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:17: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  dispatch(fam, labelguard::route_label(req.path), label_it);{{$}}
}

void kept_by_a_setter_elsewhere(const httplib::Request &req, Fam &fam) {
  Registry r;
  r.set(&label_it);
  r.fire(fam, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:15: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:15: note: passed to 'fire' as 'p' here
  // CHECK-NOTES: registry.cpp:4:63: note: passed to 'label_it' as 'p' here
  // CHECK-NOTES: label.cpp:3:53: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:15: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  r.fire(fam, labelguard::route_label(req.path));{{$}}
}

void through_a_local_pointer(const httplib::Request &req, Fam &fam) {
  Callback cb = label_it;
  cb(fam, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:11: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:11: note: passed to 'label_it' as 'p' here
  // CHECK-NOTES: label.cpp:3:53: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:11: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  cb(fam, labelguard::route_label(req.path));{{$}}
}

void harmless_callables(const httplib::Request &req, Fam &fam) {
  dispatch(fam, req.path, &count_it);
  dispatch(fam, "/static", &label_it);
  Callback cb = count_it;
  cb(fam, req.path);
}
