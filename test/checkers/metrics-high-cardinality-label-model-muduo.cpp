// A framework the check has no table for (muduo), taught through the model
// file (Inputs/model/muduo.yaml, the worked example of the check's page).
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/muduo.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;

#include <muduo/net/http/HttpRequest.h>

void onRequest(const muduo::net::HttpRequest &req, Family<Counter> &family) {
  family.Add({{"path", req.path()}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.path())}}).Increment();{{$}}
  family.Add({{"agent", req.getHeader("User-Agent")}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"agent", req.getHeader("User-Agent")}}).Increment();{{$}}
  for (const auto &header : req.headers())
    family.Add({{"header", header.first}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:29: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:20: note: flows into 'header' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  // CHECK-FIXES: {{^}}    family.Add({{[{][{]}}"header", header.first}}).Increment();{{$}}
  // Silent: the method, as muduo's enum names it.
  family.Add({{"method", req.methodString()}}).Increment();
}

