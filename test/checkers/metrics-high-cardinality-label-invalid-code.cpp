// Code that does not compile: the compiler's error is reported, the check
// neither crashes nor guesses inside the broken call, and still reports the
// leak that is well-formed.
// RUN: %check_clang_tidy -expect-clang-tidy-error %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

void broken(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.no_such_member}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: error: no member named 'no_such_member' in 'httplib::Request'
  family.Add({{"path", req.path}}, undeclared_argument).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:36: error: use of undeclared identifier 'undeclared_argument'
}

void wellFormed(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}
