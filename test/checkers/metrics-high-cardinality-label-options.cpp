// The options that extend the knowledge: a framework and a metrics API the
// check does not know, taught through the options (CUSTOM) and through a
// model file (MODEL); ReportKinds turns the method on (METHOD).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=CUSTOM %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.Sources: 'mylib::Req::uri=path;::mylib::Req::read_cookie@1=cookie', \
// RUN:     metrics-high-cardinality-label.LabelSinks: 'mylib::Meter::tag:1', \
// RUN:     metrics-high-cardinality-label.NameSinks: 'mylib::Meter::create:0', \
// RUN:     metrics-high-cardinality-label.Propagators: 'mylib::join', \
// RUN:     metrics-high-cardinality-label.Sanitizers: 'mylib::bucket'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=CUSTOM %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/model.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -check-suffix=METHOD %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ReportKinds: 'method'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <mylib/metrics.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

void custom(const mylib::Req &req, mylib::Meter &meter) {
  meter.tag("path", req.uri);
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:21: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  meter.create("requests_" + req.uri);
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:16: warning: metric name is built from the raw request path; every distinct value becomes a new metric [metrics-high-cardinality-label]
  std::string cookie;
  if (req.read_cookie("session", cookie))
    meter.tag("session", cookie);
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:26: warning: metric label value comes from a request cookie; every distinct value becomes a new time series [metrics-high-cardinality-label]
  meter.tag("joined", mylib::join("x", req.uri));
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:23: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]

  // Silent: a sanitizer, an unknown function, a bounded value.
  meter.tag("bucket", mylib::bucket(req.uri));
  meter.tag("opaque", mylib::opaque(req.uri));
  meter.tag("verb", req.verb);
  meter.create("requests_total");
}

void method(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"method", req.method}}).Increment();
  // CHECK-MESSAGES-METHOD: :[[@LINE-1]]:26: warning: metric label value comes from the request method; every distinct value becomes a new time series [metrics-high-cardinality-label]
}
