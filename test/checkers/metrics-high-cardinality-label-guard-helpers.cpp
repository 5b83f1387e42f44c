// Guards across functions: a bool function that tests its parameter for
// membership in a set or map of registered values bounds what its caller
// tested, after `if (!valid(x)) return;` or in `valid(x) ? x : "unknown"`;
// so does a wrapper that calls such a function. A bool function that tests
// something else bounds nothing.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <set>
#include <string>
#include <unordered_map>

using prometheus::Counter;
using prometheus::Family;

const std::set<std::string> kRoutes = {"/users", "/orders"};
std::unordered_map<std::string, int> limits;

bool isRegistered(const std::string &path) { return kRoutes.count(path) > 0; }
bool hasLimit(const std::string &key) { return limits.find(key) != limits.end(); }
bool known(const std::string &path) { return isRegistered(path); }
bool notEmpty(const std::string &path) { return !path.empty(); }
bool startsWithApi(const std::string &path) { return path.rfind("/api", 0) == 0; }

void earlyReturn(const httplib::Request &req, Family<Counter> &family) {
  if (!isRegistered(req.path))
    return;
  family.Add({{"path", req.path}}).Increment();
}

void ternary(const httplib::Request &req, Family<Counter> &family) {
  std::string key = req.get_header_value("X-Key");
  family.Add({{"key", hasLimit(key) ? key : "other"}}).Increment();
}

void throughAWrapper(const httplib::Request &req, Family<Counter> &family) {
  const std::string &path = req.path;
  if (!known(path))
    return;
  family.Add({{"path", path}}).Increment();
}

// --- Not guards ---------------------------------------------------------------
void otherTests(const httplib::Request &req, Family<Counter> &family) {
  if (!notEmpty(req.path))
    return;
  family.Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
  std::string target = startsWithApi(req.target) ? req.target : "other";
  family.Add({{"target", target}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:52: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'target' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", labelguard::route_label(target)}}).Increment();{{$}}
}

