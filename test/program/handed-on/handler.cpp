#include "sink.h"

void relay(Fam &fam, const std::string &p) {
  PromSink impl;
  Sink &sink = impl;
  sink.record(fam, p);
}

void Recorder::set(const std::string &p) { m_ = p; }
void Relay::set(const std::string &p) { m_ = p; }
void Relay::flush(Fam &fam) { record(fam, m_); }

void through_helper(const httplib::Request &req, Fam &fam) {
  relay(fam, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:14: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:14: note: passed to 'relay' as 'p' here
  // CHECK-NOTES: handler.cpp:6:20: note: passed to 'record' as 'p' here
  // CHECK-NOTES: prom_sink.cpp:3:61: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:14: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  relay(fam, labelguard::route_label(req.path));{{$}}
  relay(fam, "/health");
}

void through_lambda(const httplib::Request &req, Fam &fam) {
  auto lam = [&](const std::string &s) { record(fam, s); };
  lam(req.get_param_value("id"));
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:7: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:7: note: passed to the lambda as 's' here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:54: note: passed to 'record' as 'p' here
  // CHECK-NOTES: record.cpp:3:51: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:7: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  lam("fixed");
}

void member_read_elsewhere(const httplib::Request &req, Fam &fam) {
  Recorder rec;
  rec.set(req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:11: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:11: note: passed to 'set' as 'p' here
  // CHECK-NOTES: handler.cpp:9:44: note: stored in member 'm_' here
  // CHECK-NOTES: flush.cpp:3:38: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:11: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  rec.set(labelguard::route_label(req.path));{{$}}
  rec.flush(fam);
}

void member_handed_on(const httplib::Request &req, Fam &fam) {
  Relay rel;
  rel.set(req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:11: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:11: note: passed to 'set' as 'p' here
  // CHECK-NOTES: handler.cpp:10:41: note: stored in member 'm_' here
  // CHECK-NOTES: handler.cpp:11:43: note: passed to 'record' as 'p' here
  // CHECK-NOTES: record.cpp:3:51: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-6]]:11: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  rel.set(labelguard::route_label(req.path));{{$}}
  rel.flush(fam);
}

void constants_only(Fam &fam) {
  Recorder rec;
  rec.set("/static");
  rec.flush(fam);
  Relay rel;
  rel.set(std::string("/static"));
  rel.flush(fam);
}
