// Conversions and character-wise copies keep the request's text: another
// string type or encoding (cpprestsdk's utility::conversions), and a copy
// made one character at a time through std::tolower or ::toupper, whether by
// std::transform into an output iterator or by a loop that push_backs. A
// function that rewrites characters is no sanitizer: it bounds nothing.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

using prometheus::Counter;
using prometheus::Family;

void transformIntoACopy(const httplib::Request &req, Family<Counter> &family) {
  std::string lower(req.path.size(), ' ');
  std::transform(req.path.begin(), req.path.end(), lower.begin(), ::tolower);
  family.Add({{"path", lower}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:52: note: flows into 'lower' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", lower}}).Increment();{{$}}
}

void transformIntoAnInserter(const httplib::Request &req, Family<Counter> &family) {
  std::string upper;
  std::transform(req.target.begin(), req.target.end(), std::back_inserter(upper),
                 [](unsigned char c) { return std::toupper(c); });
  family.Add({{"target", upper}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:18: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:56: note: flows into 'upper' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"target", upper}}).Increment();{{$}}
}

void characterLoop(const httplib::Request &req, Family<Counter> &family) {
  std::string out;
  for (char c : req.path)
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  family.Add({{"path", out}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:13: note: flows into 'c' here
  // CHECK-NOTES: :[[@LINE-5]]:5: note: flows into 'out' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", out}}).Increment();{{$}}
}

// --- Silent: the same copies of constant text. ------------------------------
void constants(Family<Counter> &family) {
  std::string name = "Checkout";
  std::string lower(name.size(), ' ');
  std::transform(name.begin(), name.end(), lower.begin(), ::tolower);
  family.Add({{"handler", lower}}).Increment();
  std::string out;
  for (char c : std::string("Orders"))
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  family.Add({{"handler", out}}).Increment();
}

