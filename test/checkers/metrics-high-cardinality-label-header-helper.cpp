// A helper defined in a project header: clang-tidy analyses its body and
// reports the call that hands it the raw path. clangd builds headers into a
// preamble with function bodies skipped, so it cannot see the helper's sink
// and reports nothing here (docs/front-ends.md says so).
// RUN: %check_clang_tidy %if frontend-clangd %{ -check-suffix=CLANGD %} %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %S/Inputs/project

#include <httplib.h>
#include <record.h>

void handler(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  recordPath(family, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: passed to 'recordPath' as 'path' here
  // CHECK-NOTES: record.h:9:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  recordPath(family, labelguard::route_label(req.path));{{$}}
  recordPath(family, "/users/:id");
}
