// The fix at the raw read must leave code that compiles and cannot fail at
// run time on any answer of the guard, `unregistered-path` included:
// - only a read of std::string is wrapped: the guard answers a
//   `const std::string &`, which has no remove_prefix, and whose substr is a
//   std::string a view would outlive;
// - no `decltype(auto)` declaration takes the guard's type;
// - a cut starts at 0, one past a position found in the whole text, or 1 on
//   the whole text: `substr(22)` would throw on the unregistered value's 17
//   characters, `remove_prefix(k)` past the end is undefined.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// A second --fix changes nothing.
// RUN: %if !frontend-clangd %{ cp %t.cpp %t.again.cpp %}
// RUN: %if !frontend-clangd %{ %clang_tidy %t.again.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs -I %labelguard_include > %t.again.out %}
// RUN: %if !frontend-clangd %{ diff %t.cpp %t.again.cpp %}

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#include <string_view>
#include <uWebSockets/App.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;

// A view read: wrapping it would make `url` a std::string.
void viewRead(uWS::HttpRequest *req, Family<Counter> &family) {
  auto url = req->getUrl();
  // CHECK-FIXES: {{^}}  auto url = req->getUrl();{{$}}
  url.remove_prefix(1);
  family.Add({{"path", std::string(url)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:14: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:8: note: flows into 'url' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// A view cut from a view read: as a cut of the guard's std::string it would
// dangle.
void viewCut(uWS::HttpRequest *req, Family<Counter> &family) {
  std::string_view first = req->getUrl().substr(1);
  // CHECK-FIXES: {{^}}  std::string_view first = req->getUrl().substr(1);{{$}}
  family.Add({{"area", std::string(first)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:28: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: flows into 'first' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void decltypeAuto(const httplib::Request &req, Family<Counter> &family) {
  decltype(auto) path = req.path;
  // CHECK-FIXES: {{^}}  decltype(auto) path = req.path;{{$}}
  path = path.substr(0, path.find('?'));
  family.Add({{"path", path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:25: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:18: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// Starts past the end of `unregistered-path`, or possibly so.
void constantStart(const httplib::Request &req, Family<Counter> &family) {
  std::string path = req.path;
  // CHECK-FIXES: {{^}}  std::string path = req.path;{{$}}
  family.Add({{"tail", path.substr(22)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void foundStart(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  family.Add({{"rest", std::string(path.substr(path.find('/', 1)))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void sizeMinus(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  family.Add({{"ext", std::string(path.substr(path.size() - 4))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:23: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void removePrefixTwice(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  path.remove_prefix(1);
  path.remove_prefix(1);
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-6]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-7]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// In the label itself: the same rule.
void inTheLabel(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"tail", req.path.substr(30)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"tail", req.path.substr(30)}}).Increment();{{$}}
}

// The starts that are within every answer get the fix.
void dropTheSlash(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = labelguard::route_label(req.path);{{$}}
  path.remove_prefix(1);
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-8]]:27: note: guarded where it is read, as every use of the value read there leads to a label: the label becomes the part of the registered route template that the code cuts, and for a path that matches no route the same part of 'unregistered-path'; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void lastSegment(const httplib::Request &req, Family<Counter> &family) {
  std::string path = req.path;
  // CHECK-FIXES: {{^}}  std::string path = labelguard::route_label(req.path);{{$}}
  auto slash = path.find_last_of('/');
  family.Add({{"leaf", path.substr(slash + 1)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:15: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-8]]:22: note: guarded where it is read, as every use of the value read there leads to a label: the label becomes the part of the registered route template that the code cuts, and for a path that matches no route the same part of 'unregistered-path'; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void firstSegment(const httplib::Request &req, Family<Counter> &family) {
  auto path = req.path;
  // CHECK-FIXES: {{^}}  auto path = labelguard::route_label(req.path);{{$}}
  family.Add({{"first", path.substr(1, path.find('/', 1) - 1)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:8: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:15: note: guarded where it is read, as every use of the value read there leads to a label: the label becomes the part of the registered route template that the code cuts, and for a path that matches no route the same part of 'unregistered-path'; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}
