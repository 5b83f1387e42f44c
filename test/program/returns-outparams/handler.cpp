#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

std::string pathOf(const httplib::Request &req);
std::string normalize(const std::string &p);
void fill(const httplib::Request &req, std::string &out);
std::string bucket(const std::string &p);

void handle(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  std::string p = pathOf(req);
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: util.cpp:6:58: note: value read from the request here
  // CHECK-NOTES: handler.cpp:[[@LINE-4]]:19: note: returned from 'pathOf' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:15: note: flows into 'p' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-6]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
  family.Add({{"target", normalize(req.target)}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: handler.cpp:[[@LINE-2]]:36: note: value read from the request here
  // CHECK-NOTES: handler.cpp:[[@LINE-3]]:36: note: passed to 'normalize' as 'p' here
  // CHECK-NOTES: util.cpp:8:15: note: flows into 'copy' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:26: note: returned from 'normalize' here
  // CHECK-NOTES: handler.cpp:[[@LINE-6]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-7]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(normalize(req.target))}}).Increment();{{$}}
  std::string t;
  fill(req, t);
  family.Add({{"target", t}}).Increment();
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: util.cpp:11:66: note: value read from the request here
  // CHECK-NOTES: util.cpp:11:60: note: flows into 'out' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:13: note: flows into 't' here
  // CHECK-NOTES: handler.cpp:[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: handler.cpp:[[@LINE-6]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(t)}}).Increment();{{$}}
  family.Add({{"size", bucket(req.path)}}).Increment();
  family.Add({{"fixed", normalize("/static")}}).Increment();
}
