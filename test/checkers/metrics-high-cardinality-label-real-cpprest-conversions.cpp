// cpprestsdk's string conversions keep the request's text: the same URI in
// another string type (utility::conversions::to_utf8string, to_string_t) or
// decoded (web::uri::decode). Against the real Debian 12 headers.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17

#include <cpprest/http_listener.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using prometheus::Counter;
using prometheus::Family;
using web::http::http_request;

void utf8(http_request req, Family<Counter> &family) {
  std::string path = utility::conversions::to_utf8string(req.relative_uri().path());
  family.Add({{"path", path}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:58: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'path' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(path)}}).Increment();{{$}}
}

void decoded(http_request req, Family<Counter> &family) {
  auto raw = req.request_uri().to_string();
  family.Add({{"target", utility::conversions::to_utf8string(web::uri::decode(raw))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:14: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'raw' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", utility::conversions::to_utf8string(web::uri::decode(raw))}}).Increment();{{$}}
}

void back(http_request req, Family<Counter> &family) {
  utility::string_t text = utility::conversions::to_string_t(req.relative_uri().path());
  family.Add({{"path", text}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:62: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:21: note: flows into 'text' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(text)}}).Increment();{{$}}
}

// --- Silent: conversions of constants. -------------------------------------
void constants(Family<Counter> &family) {
  std::string name = utility::conversions::to_utf8string(std::string("orders"));
  family.Add({{"handler", name}}).Increment();
  family.Add({{"base", web::uri::decode("/api%20v1")}}).Increment();
}

