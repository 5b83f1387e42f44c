// Virtual calls reach the overriders the translation unit defines; template
// instantiations are analysed one by one.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
// CHECK-FIXES: {{^}}{{$}}
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

struct Recorder {
  virtual ~Recorder() = default;
  virtual void record(const std::string &p) = 0;
};

struct PrometheusRecorder : Recorder {
  explicit PrometheusRecorder(Family<Counter> &family) : family(family) {}
  void record(const std::string &p) override { family.Add({{"path", p}}).Increment(); }
  Family<Counter> &family;
};

struct NullRecorder : Recorder {
  void record(const std::string &) override {}
};

void throughTheBase(const Request &req, Recorder &recorder) { recorder.record(req.path); }
// CHECK-NOTES: :[[@LINE-1]]:79: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
// CHECK-NOTES: :[[@LINE-2]]:79: note: passed to 'record' as 'p' here
// CHECK-NOTES: :[[@LINE-11]]:55: note: reaches the label of 'prometheus::Family::Add' here
// CHECK-NOTES: :[[@LINE-4]]:79: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
// CHECK-FIXES: {{^}}void throughTheBase(const Request &req, Recorder &recorder) { recorder.record(labelguard::route_label(req.path)); }{{$}}

template <class T> void recordValue(Family<Counter> &family, const T &value) {
  family.Add({{"value", value}}).Increment();
}

void instantiations(const Request &req, Family<Counter> &family) {
  recordValue(family, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:23: note: passed to 'recordValue' as 'value' here
  // CHECK-NOTES: :[[@LINE-7]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  recordValue(family, labelguard::route_label(req.path));{{$}}
  recordValue(family, std::string("/constant"));
  recordValue<const char *>(family, "/constant");
}
