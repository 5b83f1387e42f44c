// Members: fields of aggregates, RAII trackers that label in their
// destructor, and classes whose methods share a member.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <memory>

struct RequestInfo {
  std::string path;
  int status;
};

void aggregate(const Request &req, Family<Counter> &family) {
  RequestInfo info{req.path, 200};
  family.Add({{"status", std::to_string(info.status)}}).Increment();
  family.Add({{"path", info.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'info' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(info.path)}}).Increment();{{$}}
}

void memberAssigned(const Request &req, Family<Counter> &family) {
  RequestInfo info{"/static", 200};
  info.path = req.target;
  family.Add({{"path", info.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: stored in member 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(info.path)}}).Increment();{{$}}
}

class ScopedTimer {
public:
  ScopedTimer(Family<Counter> &family, std::string path)
      : family_(family), path_(std::move(path)) {}
  ~ScopedTimer() { family_.Add({{"path", path_}}).Increment(); }

private:
  Family<Counter> &family_;
  std::string path_;
};

void raii(const Request &req, Family<Counter> &family) {
  ScopedTimer timer(family, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: passed to 'ScopedTimer' as 'path' here
  // CHECK-NOTES: :[[@LINE-12]]:26: note: stored in member 'path_' here
  // CHECK-NOTES: :[[@LINE-12]]:28: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:29: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  ScopedTimer timer(family, labelguard::route_label(req.path));{{$}}
  ScopedTimer bounded(family, "/users/:id");
}

class Tracker {
public:
  explicit Tracker(Family<Counter> &family) : family_(family) {}
  void remember(const std::string &p) { last_ = p; }
  void flush() { family_.Add({{"path", last_}}).Increment(); }
  void onRequest(const Request &r) { seen_ = r.target; }
  void report() { family_.Add({{"target", seen_}}).Increment(); }
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:46: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:38: note: stored in member 'seen_' here
  // CHECK-NOTES: :[[@LINE-4]]:27: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:43: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  void report() { family_.Add({{[{][{]}}"target", labelguard::route_label(seen_)}}).Increment(); }{{$}}

private:
  Family<Counter> &family_;
  std::string last_;
  std::string seen_;
};

void setterThenFlush(const Request &req, Tracker &tracker) {
  tracker.remember(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:20: note: passed to 'remember' as 'p' here
  // CHECK-NOTES: :[[@LINE-21]]:41: note: stored in member 'last_' here
  // CHECK-NOTES: :[[@LINE-21]]:26: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  tracker.remember(labelguard::route_label(req.path));{{$}}
  tracker.flush();
}

// --- Silent ------------------------------------------------------------------

struct Config {
  std::string path = "/metrics";
};

void configPath(const Config &config, Family<Counter> &family) {
  family.Add({{"endpoint", config.path}}).Increment();
}

struct Tagged {
  std::string route;
  std::string tenant;
};

void membersKeepTheirOwnValues(const Request &req, Family<Counter> &family) {
  Tagged tagged{req.path, "acme"};
  family.Add({{"tenant", tagged.tenant}}).Increment();
  family.Add({{"route", tagged.route}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: flows into 'tagged' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"route", labelguard::route_label(tagged.route)}}).Increment();{{$}}
}

class ClientStats {
public:
  ClientStats(Family<Counter> &family, const std::string &client) {
    family.Add({{"client", client}}).Increment();
  }
};

void builtThroughMakeUnique(const Request &req, Family<Counter> &family) {
  auto stats = std::make_unique<ClientStats>(family, req.remote_addr);
  // CHECK-NOTES: :[[@LINE-1]]:54: warning: metric label value comes from the client address; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:54: note: passed to 'ClientStats' as 'client' here
  // CHECK-NOTES: :[[@LINE-8]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:54: note: no automatic fix for the client address: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  auto bounded = std::make_unique<ClientStats>(family, "internal");
}
