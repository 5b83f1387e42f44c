// Guards that bound a value before it is used as a label: the runtime guard,
// a framework's route template, and the hand-written membership test of the
// original Go fix.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

#include <labelguard/route_guard.hpp>
#include <set>
#include <unordered_map>

std::set<std::string> registered;
std::unordered_map<std::string, int> routes;

bool isRegistered(const std::string &p) { return registered.count(p) > 0; }
bool isKnown(const std::string &p) { return routes.find(p) != routes.end(); }

void runtimeGuard(const Request &req, Family<Counter> &family) {
  family.Add({{"path", labelguard::route_label(req.path)}}).Increment();
  family.Add({{"method", labelguard::method_label(req.method)}}).Increment();
  static labelguard::CardinalityLimiter tenants(100);
  family.Add({{"tenant", tenants(req.get_header_value("X-Tenant"))}}).Increment();
}

void membershipIf(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  if (!registered.count(p))
    p = "unregistered-path";
  family.Add({{"path", p}}).Increment();
}

void membershipTernary(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  std::string label = registered.count(p) ? p : "unregistered-path";
  family.Add({{"path", label}}).Increment();
}

void membershipHelper(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  if (!isRegistered(p))
    p = "unregistered-path";
  family.Add({{"path", p}}).Increment();
  std::string q = req.target;
  if (isKnown(q))
    family.Add({{"target", q}}).Increment();
}

void membershipFind(const Request &req, Family<Counter> &family) {
  if (routes.find(req.path) != routes.end())
    family.Add({{"path", req.path}}).Increment();
}

void equalityWithAConstant(const Request &req, Family<Counter> &family) {
  if (req.path == "/health")
    family.Add({{"path", req.path}}).Increment();
}

// --- Still raw: the guard is missing, on the wrong value, or undone. --------

void guardOnAnotherValue(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  std::string q = req.target;
  if (!registered.count(q))
    q = "unregistered-path";
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-6]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-7]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

void guardUndone(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  if (!registered.count(p))
    p = "unregistered-path";
  p += req.target;
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

void membershipOnTheWrongEdge(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  if (registered.count(p))
    return;
  family.Add({{"path", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment();{{$}}
}

void iteratorGuard(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  auto it = routes.find(p);
  if (it == routes.end())
    return;
  family.Add({{"path", p}}).Increment();
  family.Add({{"route", std::to_string(it->second)}}).Increment();
}
