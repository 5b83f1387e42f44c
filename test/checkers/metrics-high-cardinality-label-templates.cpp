// Inside a template the fix is one edit to the pattern, made when every
// instantiation the translation unit has leaks the same raw value at that
// place and needs the very same edit (the templates here are defined in the
// main file, which no other translation unit instantiates). Otherwise the
// note names an instantiation for which the edit would be wrong.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <chrono>
#include <crow.h>
#include <drogon/HttpRequest.h>
#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <restinio/all.hpp>
#include <string>

using Requests = prometheus::Family<prometheus::Counter>;
Requests &requests();

// A templated handler, instantiated with httplib::Request by two callers:
// one instantiation, one edit.
template <class Req> void handle(const Req &req) {
  requests().Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
}
void onGet(const httplib::Request &req) { handle(req); }
void onPost(const httplib::Request &req) { handle(req); }

// Two instantiations, both labelling the raw path: the same one edit.
template <int Status> void countStatus(const httplib::Request &req) {
  requests().Add({{"path", req.path}, {"status", std::to_string(Status)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", labelguard::route_label(req.path)}, {"status", std::to_string(Status)}}).Increment();{{$}}
}
void ok(const httplib::Request &req) { countStatus<200>(req); }
void notFound(const httplib::Request &req) { countStatus<404>(req); }

// A generic lambda, instantiated for a const and a mutable request.
void genericLambda(const httplib::Request &req, httplib::Request &copy) {
  auto count = [](auto &r) { requests().Add({{"path", r.path}}).Increment(); };
  // CHECK-NOTES: :[[@LINE-1]]:55: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:41: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:55: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  auto count = [](auto &r) { requests().Add({{[{][{]}}"path", labelguard::route_label(r.path)}}).Increment(); };{{$}}
  count(req);
  count(copy);
}

// A class template's member function: a latency middleware over its clock,
// instantiated with the real clock and with a test's fake one. The request
// is the real one in both.
struct FakeClock {
  using time_point = std::chrono::steady_clock::time_point;
  static time_point now();
};
template <class Clock> struct LatencyMetrics {
  typename Clock::time_point started = Clock::now();
  void after(const httplib::Request &req) {
    requests().Add({{"path", req.path}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:16: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-3]]:30: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    // CHECK-FIXES: {{^}}    requests().Add({{[{][{]}}"path", labelguard::route_label(req.path)}}).Increment();{{$}}
  }
};
void timed(const httplib::Request &req) {
  LatencyMetrics<std::chrono::steady_clock> real;
  real.after(req);
  LatencyMetrics<FakeClock> fake;
  fake.after(req);
}

// A Crow middleware whose after_handle takes every middleware's context:
// a member function template Crow instantiates with its context type.
struct PathMetrics {
  struct context {};
  template <typename AllContext>
  void after_handle(crow::request &req, crow::response &res, context &ctx, AllContext &all) {
    requests().Add({{"path", req.url}, {"code", std::to_string(res.code)}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-2]]:16: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-3]]:30: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/crow.hpp>
    // CHECK-FIXES: {{^}}    requests().Add({{[{][{]}}"path", labelguard::route_label(req.url)}, {"code", std::to_string(res.code)}}).Increment();{{$}}
  }
};
// What Crow's application does after each handler (after_handler_call).
void crowPipeline(PathMetrics &mw, crow::request &req, crow::response &res) {
  crow::detail::context<PathMetrics> all;
  mw.after_handle(req, res, all.get<PathMetrics>(), all);
}

// Declined: a test double's path is not a request's, and the one edit would
// change what the test's instantiation labels.
struct FakeRequest {
  std::string path;
};
template <class Req> void handleBoth(const Req &req) {
  requests().Add({{"path", req.path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no automatic fix inside a template: in its instantiation 'handleBoth<FakeRequest>' the value is not raw request data here, and the edit would change every instantiation
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", req.path}}).Increment();{{$}}
}
void production(const httplib::Request &req) { handleBoth(req); }
void unitTest() { handleBoth(FakeRequest{"/users/42"}); }

// Declined: one instantiation bounds the value before it is labelled.
struct RawLabel {
  static std::string of(const std::string &path) { return path; }
};
struct FixedLabel {
  static std::string of(const std::string &) { return "all"; }
};
template <class Label> void countWith(const httplib::Request &req) {
  requests().Add({{"path", Label::of(req.path)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: passed to 'of' as 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:28: note: returned from 'of' here
  // CHECK-NOTES: :[[@LINE-5]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:28: note: no automatic fix inside a template: in its instantiation 'countWith<FixedLabel>' the value is not raw request data here, and the edit would change every instantiation
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", Label::of(req.path)}}).Increment();{{$}}
}
void policies(const httplib::Request &req) {
  countWith<RawLabel>(req);
  countWith<FixedLabel>(req);
}

// Declined: both instantiations leak, but Drogon's request knows its
// matched route and restinio's does not; no one edit is right for both.
template <class Req> void countPath(const Req &req) {
  requests().Add({{"path", std::string(req.path())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:40: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:28: note: no automatic fix inside a template: its instantiation 'countPath<restinio::http_request_header_t>' reads other request data here or needs another edit, and one edit would change every instantiation
  // CHECK-FIXES: {{^}}  requests().Add({{[{][{]}}"path", std::string(req.path())}}).Increment();{{$}}
}
void migrating(const drogon::HttpRequest &d, const restinio::http_request_header_t &r) {
  countPath(d);
  countPath(r);
}

// Silent: no instantiation leaks.
template <class Req> void countMethod(const Req &req) {
  requests().Add({{"path", "/fixed"}}).Increment();
}
void silent(const httplib::Request &req) { countMethod(req); }
