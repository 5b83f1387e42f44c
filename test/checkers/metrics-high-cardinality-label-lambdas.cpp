// Lambdas: captured by reference or by copy, init-captures, arguments, and
// the callables handed to std::thread and std::async.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

#include <future>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <thread>

void captures(const Request &req, Family<Counter> &family) {
  std::string p = req.path;
  auto byReference = [&] { family.Add({{"path", p}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:49: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:49: note: captured by the lambda here
  // CHECK-NOTES: :[[@LINE-5]]:35: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:49: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto byReference = [&] { family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment(); };{{$}}
  byReference();
  auto byCopy = [p, &family] { family.Add({{"path", p}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-12]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-13]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:18: note: captured by the lambda here
  // CHECK-NOTES: :[[@LINE-5]]:39: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:53: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto byCopy = [p, &family] { family.Add({{[{][{]}}"path", labelguard::route_label(p)}}).Increment(); };{{$}}
  byCopy();
  auto initCapture = [q = req.target, &family] { family.Add({{"target", q}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:73: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:27: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:23: note: captured by the lambda here
  // CHECK-NOTES: :[[@LINE-4]]:57: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:73: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto initCapture = [q = req.target, &family] { family.Add({{[{][{]}}"target", labelguard::route_label(q)}}).Increment(); };{{$}}
  initCapture();
}

void arguments(const Request &req, Family<Counter> &family) {
  auto record = [&family](const std::string &s) { family.Add({{"path", s}}).Increment(); };
  record(req.path);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: passed to the lambda as 's' here
  // CHECK-NOTES: :[[@LINE-4]]:58: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  record(labelguard::route_label(req.path));{{$}}
  record("/constant");
}

void threads(const Request &req, Family<Counter> &family) {
  std::thread t([&family](std::string s) { family.Add({{"path", s}}).Increment(); }, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:86: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:86: note: passed to the lambda as 's' here
  // CHECK-NOTES: :[[@LINE-3]]:51: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:86: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  std::thread t([&family](std::string s) { family.Add({{[{][{]}}"path", s}}).Increment(); }, labelguard::route_label(req.path));{{$}}
  t.join();
  auto done = std::async(std::launch::async,
                         [&family](std::string s) { family.Add({{"target", s}}).Increment(); },
                         req.target);
                         // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
                         // CHECK-NOTES: :[[@LINE-2]]:26: note: passed to the lambda as 's' here
                         // CHECK-NOTES: :[[@LINE-4]]:60: note: reaches the label of 'prometheus::Family::Add' here
                         // CHECK-NOTES: :[[@LINE-4]]:26: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
                         // CHECK-FIXES: {{^}}                         labelguard::route_label(req.target));{{$}}
  done.wait();
}

// A handler registered with a framework reads the request itself.
void handlerBody(httplib::Request &req, Family<Counter> &family) {
  auto handler = [&family](const Request &r) { family.Add({{"path", r.path}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:69: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:55: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:69: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto handler = [&family](const Request &r) { family.Add({{[{][{]}}"path", labelguard::route_label(r.path)}}).Increment(); };{{$}}
  handler(req);
}

// --- Silent ------------------------------------------------------------------

void boundedCaptures(const Request &req, Family<Counter> &family) {
  std::string kind = req.path.empty() ? "root" : "page";
  auto record = [&] { family.Add({{"kind", kind}}).Increment(); };
  record();
}

void assignedAfterCapture(const Request &req, Family<Counter> &family) {
  std::string later = "/initial";
  auto record = [&] { family.Add({{"later", later}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:45: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE+6]]:11: note: value read from the request here
  // CHECK-NOTES: :[[@LINE+5]]:3: note: flows into 'later' here
  // CHECK-NOTES: :[[@LINE-4]]:45: note: captured by the lambda here
  // CHECK-NOTES: :[[@LINE-5]]:30: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:45: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto record = [&] { family.Add({{[{][{]}}"later", labelguard::route_label(later)}}).Increment(); };{{$}}
  later = req.target;
  record();
}

void threadWithAFunction(const Request &req, Family<Counter> &family);
void countPath(Family<Counter> &family, const std::string &p) { family.Add({{"p", p}}).Increment(); }
void threadWithAFunction(const Request &req, Family<Counter> &family) {
  std::thread t(countPath, std::ref(family), req.path);
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:46: note: passed to 'countPath' as 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:72: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:46: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  std::thread t(countPath, std::ref(family), labelguard::route_label(req.path));{{$}}
  t.join();
}
