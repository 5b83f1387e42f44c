// Indirect calls: a std::function (a local, a member, a container of them, a
// hook installed in one function and fired in another, one a helper
// receives), and function pointers (one, or a table of them), each running a
// helper whose parameter reaches a metric.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <functional>
#include <map>
#include <string>
#include <vector>

using prometheus::Counter;
using prometheus::Family;
using Hook = std::function<void(const std::string &)>;

Family<Counter> *requests;
void record(const std::string &path) { requests->Add({{"path", path}}).Increment(); }
void ignore(const std::string &) {}

void localFunction(const httplib::Request &req) {
  Hook onRequest = [](const std::string &p) { record(p); };
  onRequest(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:13: note: passed to the lambda as 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:54: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-9]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:13: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  onRequest(labelguard::route_label(req.path));{{$}}
}

struct Server {
  Hook onRequest;
  std::vector<Hook> observers;
  std::map<std::string, Hook> byName;
};

void install(Server &server) {
  server.onRequest = [](const std::string &p) { record(p); };
  server.observers.push_back(&record);
  server.byName["log"] = record;
}

void fire(Server &server, const httplib::Request &req) {
  server.onRequest(req.target);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:20: note: passed to the lambda as 'p' here
  // CHECK-NOTES: :[[@LINE-9]]:56: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-31]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  server.onRequest(labelguard::route_label(req.target));{{$}}
  for (auto &observe : server.observers)
    observe(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:13: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-38]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:13: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}    observe(labelguard::route_label(req.path));{{$}}
  server.byName["log"](req.path);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:24: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-44]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  server.byName["log"](labelguard::route_label(req.path));{{$}}
}

void pointers(const httplib::Request &req) {
  void (*handler)(const std::string &) = &record;
  handler(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-54]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:11: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  handler(labelguard::route_label(req.path));{{$}}
  static void (*const table[])(const std::string &) = {&ignore, &record};
  table[1](req.target);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-61]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  table[1](labelguard::route_label(req.target));{{$}}
}

// A helper that calls the callable it is given with the request's path.
void forPath(const httplib::Request &req, const Hook &each) { each(req.path); }
  // CHECK-NOTES: :[[@LINE-1]]:68: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:68: note: passed to the lambda as 'p' here
  // CHECK-NOTES: :[[@LINE+6]]:50: note: passed to 'record' as 'path' here
  // CHECK-NOTES: :[[@LINE-71]]:50: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:68: note: no automatic fix: the value is passed to a callable that a caller chooses; guard it in that callable, where it is labelled
  // CHECK-FIXES: {{^}}void forPath(const httplib::Request &req, const Hook &each) { each(req.path); }{{$}}

void passedAlong(const httplib::Request &req) {
  forPath(req, [](const std::string &p) { record(p); });
}

// --- Silent ----------------------------------------------------------------
void quiet(const httplib::Request &req, Server &server) {
  Hook onRequest = [](const std::string &p) { record(p); };
  onRequest("/health");
  Hook drop = &ignore;
  drop(req.path);
  void (*handler)(const std::string &) = &ignore;
  handler(req.path);
  forPath(req, [](const std::string &) {});
}

