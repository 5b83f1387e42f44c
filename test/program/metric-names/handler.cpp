#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <memory>
#include <string>

std::unique_ptr<prometheus::Family<prometheus::Counter>> familyFor(const std::string &suffix);

void handle(const httplib::Request &req) {
  auto family = familyFor(req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:27: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:27: note: passed to 'familyFor' as 'suffix' here
  // CHECK-NOTES: names.cpp:8:15: note: reaches the name of 'prometheus::Family' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:27: note: no automatic fix for a metric name: keep the name fixed and put the varying part in a bounded label
  // CHECK-FIXES: {{^}}  auto family = familyFor(req.path);{{$}}
  auto fixed = familyFor("total");
}
