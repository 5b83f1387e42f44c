#pragma once
#include "metrics.h"
#include <crow.h>

// A Crow middleware in a header: it hands the request's URL to whatever
// Metrics the application installed.
struct RequestMetrics {
  struct context {};
  Metrics *metrics_ = nullptr;
  void before_handle(crow::request &req, crow::response &, context &) {
    metrics_->newRequest(req.url);
  // CHECK-NOTES: middleware.h:[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: middleware.h:[[@LINE-2]]:26: note: passed to 'newRequest' as 'path' here
  // CHECK-NOTES: prometheus_metrics.cpp:8:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: middleware.h:[[@LINE-4]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
  // CHECK-FIXES: {{^}}    metrics_->newRequest(labelguard::route_label(req.url));{{$}}
  }
  void after_handle(crow::request &, crow::response &res, context &) {
    metrics_->newError(res.code);
  }
};
