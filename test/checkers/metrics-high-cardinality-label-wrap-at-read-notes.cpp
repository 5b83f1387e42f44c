// The notes of the fix at the raw read: where the read is guarded, the fix's
// note sits at the read and says what the label becomes; where a use of the
// read decides the routing, the finding keeps the no-fix note, and the read's
// own note says where to guard.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#include <string_view>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;

void prefixUpToQuery(const httplib::Request &req, Family<Counter> &family) {
  std::string_view target = req.target;
  // CHECK-FIXES: {{^}}  std::string_view target = labelguard::route_label(req.target);{{$}}
  std::string_view path = target.substr(0, target.find('?'));
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:29: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:20: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-9]]:29: note: guarded where it is read, as every use of the value read there leads to a label: the label becomes the part of the registered route template that the code cuts, and for a path that matches no route the same part of 'unregistered-path'; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void decidesRouting(const httplib::Request &req, httplib::Response &res,
                    Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  std::string_view first = path.substr(0, path.find('/', 1));
  if (first == "/admin")
    res.status = 403;
  family.Add({{"area", std::string(first)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-7]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-8]]:20: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-7]]:20: note: flows into 'first' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

namespace {
struct Route {
  std::string area;
};

Route routeOf(const httplib::Request &req) {
  std::string_view p = req.path;
  // CHECK-FIXES: {{^}}  std::string_view p = labelguard::route_label(req.path);{{$}}
  return {std::string(p.substr(0, p.find('/', 1)))};
}
} // namespace

void twoLabelsOfOneRead(const httplib::Request &req, Family<Counter> &requests,
                        Family<Counter> &errors) {
  Route r = routeOf(req);
  requests.Add({{"area", r.area}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-11]]:24: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-12]]:20: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:13: note: returned from 'routeOf' here
  // CHECK-NOTES: :[[@LINE-6]]:9: note: flows into 'r' here
  // CHECK-NOTES: :[[@LINE-6]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-16]]:24: note: guarded where it is read, as every use of the value read there leads to a label: the label becomes the part of the registered route template that the code cuts, and for a path that matches no route the same part of 'unregistered-path'; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  errors.Add({{"area", r.area}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-19]]:24: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-20]]:20: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-13]]:13: note: returned from 'routeOf' here
  // CHECK-NOTES: :[[@LINE-14]]:9: note: flows into 'r' here
  // CHECK-NOTES: :[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-15]]:26: note: the fix of the warning here guards this value too: it is read at the same place
}
