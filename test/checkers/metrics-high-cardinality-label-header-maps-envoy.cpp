// A header map read by name, as in Envoy's filters: the path and host
// pseudo-headers by their getters, any header through get(). Envoy has no
// built-in table; the model file (Inputs/model/envoy.yaml, the worked example
// of the check's page) teaches it.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/envoy.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs -I %labelguard_include

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using prometheus::Counter;
using prometheus::Family;

#include <envoy/http/header_map.h>
using Envoy::Http::LowerCaseString;
using Envoy::Http::RequestHeaderMap;

void decodeHeaders(const RequestHeaderMap &headers, Family<Counter> &family) {
  family.Add({{"path", std::string(headers.getPathValue())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:36: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/route_list.hpp>
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(std::string(headers.getPathValue()))}}).Increment();{{$}}
  std::string host(headers.Host()->value().getStringView());
  family.Add({{"host", host}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'host' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:24: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"host", host}}).Increment();{{$}}
  auto tenant = headers.get(LowerCaseString("x-tenant"));
  if (!tenant.empty())
    family.Add({{"tenant", std::string(tenant[0]->value().getStringView())}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from a request header; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-5]]:8: note: flows into 'tenant' here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix for a request header: drop the label, map the value through an allow-list, or bound it with labelguard::CardinalityLimiter
  // CHECK-FIXES: {{^}}    family.Add({{[{][{]}}"tenant", std::string(tenant[0]->value().getStringView())}}).Increment();{{$}}
  // Silent: the method, a constant, the number of values.
  family.Add({{"method", std::string(headers.getMethodValue())}}).Increment();
  family.Add({{"tenants", std::to_string(tenant.size())}}).Increment();
}

