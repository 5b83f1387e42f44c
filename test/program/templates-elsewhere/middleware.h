#pragma once
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

// A middleware template: instantiated only where the application runs.
// CLANGD-NONE: open alone in the editor, the header instantiates nothing
// (clangd shows a header's findings only while the header itself is open).
template <class Request> struct PathMetrics {
  prometheus::Family<prometheus::Counter> &family;
  void before(const Request &req) { family.Add({{"path", req.path}}).Increment(); }
  // CHECK-NOTES: middleware.h:[[@LINE-1]]:58: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: middleware.h:[[@LINE-2]]:44: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: middleware.h:[[@LINE-3]]:58: note: no automatic fix inside a template defined outside the main file: other translation units may instantiate it where the value is not raw
  // CHECK-FIXES: {{^}}  void before(const Request &req) { family.Add({{[{][{]}}"path", req.path}}).Increment(); }{{$}}
};
