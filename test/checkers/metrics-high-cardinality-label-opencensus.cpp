// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// OpenCensus C++ stats (stub) with cpp-httplib request data: the tags of a
// recorded measurement, and the tags a scope sets for later recordings.

#include <httplib.h>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}
#include <map>
#include <string>
#include <opencensus/stats/recording.h>
#include <opencensus/tags/scoped_tags.h>
#include <opencensus/tags/with_tag_map.h>

using opencensus::tags::TagKey;

void recordWithTags(const httplib::Request &req,
                    opencensus::stats::MeasureDouble latency, TagKey route) {
  opencensus::stats::Record({{latency, 2.5}}, {{route, req.path}});
  // CHECK-NOTES: :[[@LINE-1]]:56: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:22: note: reaches the label of 'opencensus::stats::Record' here
  // CHECK-NOTES: :[[@LINE-3]]:56: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  opencensus::stats::Record({{[{][{]}}latency, 2.5}}, {{[{][{]}}route, labelguard::route_label(req.path)}});{{$}}
}

void recordWithLocal(const httplib::Request &req,
                     opencensus::stats::MeasureInt64 bytes, TagKey target) {
  std::string value = req.target;
  opencensus::stats::Record({{bytes, int64_t{512}}}, {{target, value}});
  // CHECK-NOTES: :[[@LINE-1]]:64: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-3]]:23: note: value read from the request here
  // CHECK-NOTES: :[[@LINE-4]]:15: note: flows into 'value' here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: reaches the label of 'opencensus::stats::Record' here
  // CHECK-NOTES: :[[@LINE-5]]:64: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  opencensus::stats::Record({{[{][{]}}bytes, int64_t{512}}}, {{[{][{]}}target, labelguard::route_label(value)}});{{$}}
}

void scopedTags(const httplib::Request &req, TagKey route) {
  opencensus::tags::ScopedTags tags({{route, req.path}});
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:32: note: reaches the label of 'opencensus::tags::ScopedTags' here
  // CHECK-NOTES: :[[@LINE-3]]:46: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  opencensus::tags::ScopedTags tags({{[{][{]}}route, labelguard::route_label(req.path)}});{{$}}
}

void withTagMap(const httplib::Request &req, TagKey target) {
  opencensus::tags::WithTagMap scoped({{target, req.target}});
  // CHECK-NOTES: :[[@LINE-1]]:49: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-2]]:32: note: reaches the label of 'opencensus::tags::WithTagMap' here
  // CHECK-NOTES: :[[@LINE-3]]:49: note: 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  // CHECK-FIXES: {{^}}  opencensus::tags::WithTagMap scoped({{[{][{]}}target, labelguard::route_label(req.target)}});{{$}}
}

// --- Silent: bounded values, and request data that goes elsewhere. -----------

namespace labelguard {
const std::string &route_label(std::string_view raw_path_or_target) noexcept;
} // namespace labelguard

namespace logging {
void info(const std::string &message);
} // namespace logging

struct RouteConfig {
  std::string path;
};

void constants(opencensus::stats::MeasureDouble latency, TagKey route) {
  opencensus::stats::Record({{latency, 2.5}}, {{route, "/users/:id"}});
  opencensus::stats::Record({{latency, 1.0}});
}

void guarded(const httplib::Request &req, opencensus::stats::MeasureDouble latency,
             TagKey route) {
  opencensus::stats::Record({{latency, 2.5}},
                            {{route, labelguard::route_label(req.path)}});
}

void propagatedOnly(const httplib::Request &req, TagKey route) {
  // A tag map alone travels with the context; it is no metric until recorded.
  opencensus::tags::TagMap map({{route, req.path}});
  (void)map.tags();
}

void notAMetric(const httplib::Request &req) {
  std::map<std::string, std::string> json{{"path", req.path}};
  logging::info("request " + req.target);
}

void integralAndBool(const httplib::Request &req,
                     opencensus::stats::MeasureDouble latency, TagKey route) {
  opencensus::stats::Record({{latency, static_cast<double>(req.path.size())}},
                            {{route, req.target.empty() ? "no-query" : "query"}});
}

void configField(const RouteConfig &config,
                 opencensus::stats::MeasureDouble latency, TagKey route) {
  opencensus::stats::Record({{latency, 2.5}}, {{route, config.path}});
}
