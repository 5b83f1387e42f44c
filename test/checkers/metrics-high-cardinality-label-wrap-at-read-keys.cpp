// The fix at the raw read where the value becomes a key of a map whose
// entries are later labels: a service counts requests per path in a map and
// exports the counts. The read is wrapped when every use of the map in the
// unit is an insertion of that key (or a string literal), an iteration whose
// keys lead only to labels, or clear(); the map then keeps one entry per
// route. A lookup, size(), a key from another raw read, or the map handed to
// a call keeps the finding without a fix: those see the keys change.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// A second --fix changes nothing.
// RUN: %if !frontend-clangd %{ cp %t.cpp %t.again.cpp %}
// RUN: %if !frontend-clangd %{ %clang_tidy %t.again.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs -I %labelguard_include > %t.again.out %}
// RUN: %if !frontend-clangd %{ diff %t.cpp %t.again.cpp %}

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;

// --- The key guarded where it is read ------------------------------------

// A member map filled under a lock and exported by another member.
class Stats {
public:
  void hit(const httplib::Request &req) {
    std::lock_guard<std::mutex> lock(mu_);
    ++hits_[req.path];
    // CHECK-FIXES: {{^}}    ++hits_[labelguard::route_label(req.path)];{{$}}
  }
  void publish(Family<Counter> &family) {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto &[path, n] : hits_)
      family.Add({{"path", path}}).Increment(n);
      // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-8]]:13: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-9]]:7: note: stored in member 'hits_' here
      // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-11]]:13: note: guarded where it is read, as every use of the value read there leads to a label, through the keys of a map nothing else looks up: the label becomes the registered route template, and the map keeps one entry per route; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
    hits_.clear();
  }

private:
  std::mutex mu_;
  std::map<std::string, int> hits_;
};

// A local map, iterated by `.first`.
void local(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[labelguard::route_label(req.path)] += 1;{{$}}
  for (auto &kv : counts)
    family.Add({{"path", kv.first}}).Increment(kv.second);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-5]]:10: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-6]]:3: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-5]]:14: note: flows into 'kv' here
    // CHECK-NOTES: :[[@LINE-5]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-9]]:10: note: guarded where it is read, as every use of the value read there leads to a label, through the keys of a map nothing else looks up: the label becomes the registered route template, and the map keeps one entry per route; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
}

// Shaped after a course web server's status counter (UCLA-CS130/TBD): a
// class that counts requests per URL in an unordered_map and reports each.
class StatusCounter {
public:
  void record(const httplib::Request &req) {
    ++requests_;
    by_url_[req.path]++;
    // CHECK-FIXES: {{^}}    by_url_[labelguard::route_label(req.path)]++;{{$}}
  }
  void report(Family<Counter> &family) const {
    for (const auto &entry : by_url_)
      family.Add({{"url", entry.first}}).Increment(entry.second);
      // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-7]]:13: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-8]]:5: note: stored in member 'by_url_' here
      // CHECK-NOTES: :[[@LINE-5]]:22: note: flows into 'entry' here
      // CHECK-NOTES: :[[@LINE-5]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-11]]:13: note: guarded where it is read, as every use of the value read there leads to a label, through the keys of a map nothing else looks up: the label becomes the registered route template, and the map keeps one entry per route; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  }

private:
  int requests_ = 0;
  std::unordered_map<std::string, int> by_url_;
};

// Shaped after an APM table (kirank215/Spider): entries seeded with constant
// keys beside the per-path ones, filled with try_emplace.
class Apm {
public:
  Apm() {
    table_.try_emplace("global_requests", 0);
    table_["global_errors"] = 0;
  }
  void seen(const httplib::Request &req) {
    table_.try_emplace(req.path, 0).first->second += 1;
    // CHECK-FIXES: {{^}}    table_.try_emplace(labelguard::route_label(req.path), 0).first->second += 1;{{$}}
  }
  void flush(Family<Counter> &family) {
    for (auto &[key, value] : table_)
      family.Add({{"key", key}}).Increment(value);
      // CHECK-NOTES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-7]]:24: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-8]]:5: note: stored in member 'table_' here
      // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-10]]:24: note: guarded where it is read, as every use of the value read there leads to a label, through the keys of a map nothing else looks up: the label becomes the registered route template, and the map keeps one entry per route; 'labelguard::route_label' needs the service's route templates registered at start-up; see <labelguard/adapters/httplib.hpp>
  }

private:
  std::map<std::string, int> table_;
};

// --- The map's keys seen elsewhere: no fix ------------------------------

// A lookup by the raw key sees the keys change.
class Looked {
public:
  void hit(const httplib::Request &req) {
    if (hits_.count(req.path) == 0)
      hits_[req.path] = 0;
    // CHECK-FIXES: {{^}}      hits_[req.path] = 0;{{$}}
  }
  void publish(Family<Counter> &family) {
    for (const auto &[path, n] : hits_)
      family.Add({{"path", path}}).Increment(n);
      // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-7]]:13: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-8]]:7: note: stored in member 'hits_' here
      // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  }

private:
  std::map<std::string, int> hits_;
};

// size() counts distinct raw paths.
void counted(const httplib::Request &req, Family<Counter> &family,
             Family<Counter> &sizes) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  for (auto &kv : counts)
    family.Add({{"path", kv.first}}).Increment(kv.second);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-5]]:10: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-6]]:3: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-5]]:14: note: flows into 'kv' here
    // CHECK-NOTES: :[[@LINE-5]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  sizes.Add({}).Increment(counts.size());
}

// A key from a second raw source would stay raw beside the guarded ones.
void twoSources(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  counts[req.target] += 1;
  // CHECK-FIXES: {{^}}  counts[req.target] += 1;{{$}}
  for (auto &kv : counts)
    family.Add({{"path", kv.first}}).Increment(kv.second);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-7]]:10: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-8]]:3: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-5]]:14: note: flows into 'kv' here
    // CHECK-NOTES: :[[@LINE-5]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

void dump(const std::map<std::string, int> &m);

// A call given the map sees its keys.
void passed(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  dump(counts);
  for (auto &kv : counts)
    family.Add({{"path", kv.first}}).Increment(kv.second);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-6]]:10: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-7]]:3: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-5]]:14: note: flows into 'kv' here
    // CHECK-NOTES: :[[@LINE-5]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// A key that is also compared decides more than the label.
void keyCompared(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  for (auto &[path, n] : counts)
    if (path != "/health")
      family.Add({{"path", path}}).Increment(n);
      // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-6]]:10: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-7]]:3: note: flows into 'counts' here
      // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// empty() tells whether any raw path came.
void emptied(const httplib::Request &req, Family<Counter> &family,
             Family<Counter> &idle) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  if (counts.empty())
    idle.Add({}).Increment();
  for (auto &kv : counts)
    family.Add({{"path", kv.first}}).Increment(kv.second);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-7]]:10: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-8]]:3: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-5]]:14: note: flows into 'kv' here
    // CHECK-NOTES: :[[@LINE-5]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-6]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// The entry try_emplace returns is kept: its key is not followed.
void keptEntry(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  auto entry = counts.try_emplace(req.path, 0);
  // CHECK-FIXES: {{^}}  auto entry = counts.try_emplace(req.path, 0);{{$}}
  entry.first->second += 1;
  for (auto &[path, n] : counts)
    family.Add({{"path", path}}).Increment(n);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-6]]:35: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-7]]:16: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// Whether the key is new changes with the keys.
void newKey(const httplib::Request &req, Family<Counter> &family,
            Family<Counter> &fresh) {
  std::map<std::string, int> counts;
  if (counts.try_emplace(req.path, 0).second)
    // CHECK-FIXES: {{^}}  if (counts.try_emplace(req.path, 0).second){{$}}
    fresh.Add({}).Increment();
  for (auto &[path, n] : counts)
    family.Add({{"path", path}}).Increment(n);
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
    // CHECK-NOTES: :[[@LINE-6]]:26: note: value read from the request here
    // CHECK-NOTES: :[[@LINE-7]]:7: note: flows into 'counts' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: reaches the label of 'prometheus::Family::Add' here
    // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
}

// A lambda that captures the map sees its keys.
void captured(const httplib::Request &req, Family<Counter> &family) {
  std::map<std::string, int> counts;
  counts[req.path] += 1;
  // CHECK-FIXES: {{^}}  counts[req.path] += 1;{{$}}
  auto publish = [&] {
    for (auto &kv : counts)
      family.Add({{"path", kv.first}}).Increment(kv.second);
      // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-6]]:10: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-7]]:3: note: flows into 'counts' here
      // CHECK-NOTES: :[[@LINE-5]]:21: note: captured by the lambda here
      // CHECK-NOTES: :[[@LINE-6]]:16: note: flows into 'kv' here
      // CHECK-NOTES: :[[@LINE-6]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-7]]:28: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  };
  publish();
}

// The count is looked at (a limit per path): keyed by the route, it would
// count every path of the route together.
class Limiter {
public:
  void hit(const httplib::Request &req, httplib::Response &res) {
    if (++hits_[req.path] > 100)
      // CHECK-FIXES: {{^}}    if (++hits_[req.path] > 100){{$}}
      res.status = 429;
  }
  void publish(Family<Counter> &family) {
    for (const auto &[path, n] : hits_)
      family.Add({{"path", path}}).Increment(n);
      // CHECK-NOTES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
      // CHECK-NOTES: :[[@LINE-8]]:17: note: value read from the request here
      // CHECK-NOTES: :[[@LINE-9]]:11: note: stored in member 'hits_' here
      // CHECK-NOTES: :[[@LINE-4]]:14: note: reaches the label of 'prometheus::Family::Add' here
      // CHECK-NOTES: :[[@LINE-5]]:28: note: no automatic fix: the label is built from the raw value on the way here; guard the raw part where it is read with 'labelguard::route_label'
  }

private:
  std::map<std::string, int> hits_;
};
