// What carries raw text along (concatenation, streams, formatting, containers,
// views) and what does not (lengths, hashes, comparisons, control flow).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;
using Request = httplib::Request;

#include <absl/strings/str_cat.h>
#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <optional>
#include <sstream>

void concatenation(const Request &req, Family<Counter> &family) {
  std::string p = "GET " + req.path;
  family.Add({{"route", p}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:28: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void appendSubstrCStr(const Request &req, Family<Counter> &family) {
  std::string p;
  p.append(req.target);
  std::string prefix = p.substr(0, 16);
  family.Add({{"prefix", prefix.c_str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:12: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: flows into 'p' here
  // CHECK-NOTES: :[[@LINE-5]]:15: note: flows into 'prefix' here
  // CHECK-NOTES: :[[@LINE-5]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void stringStream(const Request &req, Family<Counter> &family) {
  std::ostringstream os;
  os << "path=" << req.path;
  family.Add({{"path", os.str()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: flows into 'os' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void formattedIntoABuffer(const Request &req, Family<Counter> &family) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s", req.path.c_str());
  family.Add({{"path", buf}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:40: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: flows into 'buf' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void formattingLibraries(const Request &req, Family<Counter> &family) {
  family.Add({{"fmt", fmt::format("{}", req.path)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:41: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"fmt", fmt::format("{}", labelguard::route_label(req.path))}}).Increment();{{$}}
  family.Add({{"absl", absl::StrCat("path:", req.target)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:46: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"absl", absl::StrCat("path:", labelguard::route_label(req.target))}}).Increment();{{$}}
}

void transformedInPlace(const Request &req, Family<Counter> &family) {
  std::string lower;
  std::transform(req.path.begin(), req.path.end(), std::back_inserter(lower), ::tolower);
  family.Add({{"path", lower}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:18: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:52: note: flows into 'lower' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void labelsBuiltInAMap(const Request &req, Family<Counter> &family) {
  prometheus::Labels labels;
  labels["path"] = req.path;
  // CHECK-FIXES: {{^}}  labels["path"] = labelguard::route_label(req.path);{{$}}
  family.Add(labels).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: flows into 'labels' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:14: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

void optionalValue(const Request &req, Family<Counter> &family) {
  std::optional<std::string> q = req.get_param_value("q");
  family.Add({{"q", *q}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:30: note: flows into 'q' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:21: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void headerContainer(const Request &req, Family<Counter> &family) {
  auto it = req.headers.find("User-Agent");
  family.Add({{"agent", it->second}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:13: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: flows into 'it' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  for (const auto &header : req.headers)
    family.Add({{"header", header.first}}).Increment();
    // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-3]]:29: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-4]]:20: note: flows into 'header' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

void parsedNumber(const Request &req, Family<Counter> &family) {
  int id = std::stoi(req.get_param_value("id"));
  family.Add({{"id", std::to_string(id)}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: metric label value comes from a request query parameter; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:7: note: flows into 'id' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:22: note: no automatic fix for a request query parameter: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
}

// --- Silent: numbers about the text are not the text. ---------------------

void boundedDerivations(const Request &req, Family<Counter> &family) {
  family.Add({{"length", std::to_string(req.path.size())}}).Increment();
  family.Add({{"empty", req.path.empty() ? "yes" : "no"}}).Increment();
  family.Add({{"shard", std::to_string(std::hash<std::string>{}(req.path) % 8)}}).Increment();
  family.Add({{"api", req.path.find("/api/") == 0 ? "api" : "web"}}).Increment();
  family.Add({{"long", req.path.size() > 100 ? "long" : "short"}}).Increment();
}

void controlFlowOnly(const Request &req, Family<Counter> &family) {
  std::string kind = "other";
  if (req.path.compare(0, 5, "/api/") == 0)
    kind = "api";
  family.Add({{"kind", kind}}).Increment();
}

#include <map>
#include <utility>

std::map<std::string, std::string> kRouteNames = {{"/", "root"}};

void hashesAndLookups(const Request &req, Family<Counter> &family) {
  // A hash has as many values as its input; a remainder bounds it.
  family.Add({{"hash", std::to_string(std::hash<std::string>{}(req.path))}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:64: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"hash", std::to_string(std::hash<std::string>{}(labelguard::route_label(req.path)))}}).Increment();{{$}}
  family.Add({{"bucket", std::to_string(std::stoi(req.get_param_value("id")) % 10)}}).Increment();
  // A lookup by a raw key answers the map's own values.
  auto it = kRouteNames.find(req.path);
  if (it != kRouteNames.end())
    family.Add({{"name", it->second}}).Increment();
  // swap: each side holds what the other held.
  std::string a = req.path, b = "fixed";
  std::swap(a, b);
  family.Add({{"swapped", a}}).Increment();
  family.Add({{"swapped", b}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:19: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-6]]:15: note: flows into 'a' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:27: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"swapped", labelguard::route_label(b)}}).Increment();{{$}}
}
