// The fix that guards the raw read where it is read (issue 14): a label cut
// from the raw text on the way (the first segment, the prefix up to '?'), in
// the same function, through a helper that returns the cut, or through a
// member of a struct a helper fills. The read is wrapped only when every use
// of what it gives leads to a label through copies and cuts of the text at
// its own positions; any other use (a comparison that routes, the response,
// a call, a capture, a member another use reads, a helper other units may
// call) leaves the finding without a fix, its note saying where to guard.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs
// A second --fix changes nothing.
// RUN: %if !frontend-clangd %{ cp %t.cpp %t.again.cpp %}
// RUN: %if !frontend-clangd %{ %clang_tidy %t.again.cpp -fix --checks=-*,metrics-high-cardinality-label -- -std=c++17 -isystem %S/Inputs -I %labelguard_include > %t.again.out %}
// RUN: %if !frontend-clangd %{ diff %t.cpp %t.again.cpp %}

#include <httplib.h>
#include <myco/request_info.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#include <string_view>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;

// --- The read guarded where it is read ----------------------------------

void prefixUpToQuery(const httplib::Request &req, Family<Counter> &family) {
  std::string_view target = req.target;
  // CHECK-FIXES: {{^}}  std::string_view target = labelguard::route_label(req.target);{{$}}
  auto query = target.find('?');
  std::string_view path = target.substr(0, query);
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void firstSegment(const httplib::Request &req, Family<Counter> &family) {
  const std::string &path = req.path;
  // CHECK-FIXES: {{^}}  const std::string &path = labelguard::route_label(req.path);{{$}}
  auto end = path.find('/', 1);
  std::string segment =
      path.substr(1, end == std::string::npos ? std::string::npos : end - 1);
  family.Add({{"section", segment}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void cutWhenFound(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.target;
  // CHECK-FIXES: {{^}}  std::string_view path = labelguard::route_label(req.target);{{$}}
  const auto q = path.find('?');
  if (q != std::string_view::npos)
    path = path.substr(0, q);
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

static std::string_view areaOf(const httplib::Request &req) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = labelguard::route_label(req.path);{{$}}
  return path.substr(0, path.find('/', 1));
}

void cutByAHelper(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"area", std::string(areaOf(req))}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

namespace {
struct RequestInfo {
  std::string route;
  std::string method;
};

RequestInfo describeRequest(const httplib::Request &req) {
  RequestInfo info;
  std::string_view target = req.target;
  // CHECK-FIXES: {{^}}  std::string_view target = labelguard::route_label(req.target);{{$}}
  info.route = std::string(target.substr(0, target.find('?')));
  info.method = req.method;
  return info;
}
} // namespace

void memberOfAStructAHelperFills(const httplib::Request &req,
                                 Family<Counter> &family) {
  RequestInfo info = describeRequest(req);
  family.Add({{"route", info.route}, {"method", info.method}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// --- No fix: the value read there has another use -----------------------

void decidesRouting(const httplib::Request &req, httplib::Response &res,
                    Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  std::string_view first = path.substr(0, path.find('/', 1));
  if (first == "/admin")
    res.status = 403;
  family.Add({{"area", std::string(first)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void writtenToTheResponse(const httplib::Request &req, httplib::Response &res,
                          Family<Counter> &family) {
  std::string path = req.path;
  // CHECK-FIXES: {{^}}  std::string path = req.path;{{$}}
  std::string head = path.substr(0, path.find('/', 1));
  res.set_content(path, "text/plain");
  family.Add({{"area", head}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void capturedByALambda(const httplib::Request &req, Family<Counter> &family) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  auto depth = [&] { return path.size(); };
  std::string_view first = path.substr(0, path.find('/', 1));
  family.Add({{"area", std::string(first)}, {"depth", std::to_string(depth())}})
      .Increment();
  // CHECK-MESSAGES: :[[@LINE-2]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void positionAlsoCutsTheQuery(const httplib::Request &req,
                              httplib::Response &res, Family<Counter> &family) {
  // The position of '?' cuts the query out of the raw text too: guarding
  // the read it is measured in would change the query.
  const auto q = req.target.find('?');
  // CHECK-FIXES: {{^}}  const auto q = req.target.find('?');{{$}}
  res.set_content(req.target.substr(q + 1), "text/plain");
  std::string path = req.target;
  // CHECK-FIXES: {{^}}  std::string path = req.target;{{$}}
  path = path.substr(0, q);
  family.Add({{"path", path}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

namespace {
struct Section {
  std::string name;
};

Section sectionOf(const httplib::Request &req) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  return {std::string(path.substr(0, path.find('/', 1)))};
}
} // namespace

void memberAlsoInTheResponse(const httplib::Request &req,
                             httplib::Response &res, Family<Counter> &family) {
  Section s = sectionOf(req);
  res.set_content(s.name, "text/plain");
  family.Add({{"section", s.name}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// Other translation units may call it, with other uses of what it returns.
std::string_view topLevelOf(const httplib::Request &req) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  return path.substr(0, path.find('/', 1));
}

void helperOtherUnitsMayCall(const httplib::Request &req,
                             Family<Counter> &family) {
  family.Add({{"area", std::string(topLevelOf(req))}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// A struct of a header: other units may read the member.
static myco::RequestInfo infoOf(const httplib::Request &req) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  myco::RequestInfo info;
  info.area = std::string(path.substr(0, path.find('/', 1)));
  return info;
}

void memberOfAStructOtherUnitsSee(const httplib::Request &req,
                                  Family<Counter> &family) {
  family.Add({{"area", infoOf(req).area}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// A structured binding reads the members without naming them.
namespace {
struct Parts {
  std::string area;
  std::string rest;
};

Parts partsOf(const httplib::Request &req) {
  std::string_view path = req.path;
  // CHECK-FIXES: {{^}}  std::string_view path = req.path;{{$}}
  return {std::string(path.substr(0, path.find('/', 1))), "rest"};
}
} // namespace

void takenApart(const httplib::Request &req, httplib::Response &res,
                Family<Counter> &family) {
  auto [area, rest] = partsOf(req);
  res.set_content(area + rest, "text/plain");
  Parts p = partsOf(req);
  family.Add({{"area", p.area}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// The comparison of positions decides more than a cut.
void positionDecidesMore(const httplib::Request &req, httplib::Response &res,
                         Family<Counter> &family) {
  std::string_view path = req.target;
  // CHECK-FIXES: {{^}}  std::string_view path = req.target;{{$}}
  const auto q = path.find('?');
  if (q != std::string_view::npos) {
    path = path.substr(0, q);
    res.status = 400;
  }
  family.Add({{"path", std::string(path)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// --- Positions measured in another read of the same value ---------------

void cutAtAPositionOfTheSameRead(const httplib::Request &req,
                                 Family<Counter> &family) {
  // Both reads are guarded: the position is then one in the template.
  family.Add({{"path", req.target.substr(0, req.target.find('?'))}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  family.Add({{[{][{]}}"path", labelguard::route_label(req.target).substr(0, labelguard::route_label(req.target).find('?'))}}).Increment();{{$}}
}

void twoReadsOneCut(const httplib::Request &req, Family<Counter> &family) {
  const auto q = req.target.find('?');
  // CHECK-FIXES: {{^}}  const auto q = labelguard::route_label(req.target).find('?');{{$}}
  std::string path = req.target;
  // CHECK-FIXES: {{^}}  std::string path = labelguard::route_label(req.target);{{$}}
  path = path.substr(0, q);
  family.Add({{"path", path}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// --- One read, two labels: one edit ---------------------------------------

namespace {
struct Route {
  std::string area;
};

Route routeOf(const httplib::Request &req) {
  std::string_view p = req.path;
  // CHECK-FIXES: {{^}}  std::string_view p = labelguard::route_label(req.path);{{$}}
  return {std::string(p.substr(0, p.find('/', 1)))};
}
} // namespace

void twoLabelsOfOneRead(const httplib::Request &req, Family<Counter> &requests,
                        Family<Counter> &errors) {
  Route r = routeOf(req);
  requests.Add({{"area", r.area}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  errors.Add({{"area", r.area}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

void oneContainerTwoFamilies(const httplib::Request &req, Family<Counter> &a,
                             Family<Counter> &b) {
  prometheus::Labels labels;
  labels["path"] = req.path;
  // CHECK-FIXES: {{^}}  labels["path"] = labelguard::route_label(req.path);{{$}}
  a.Add(labels).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  b.Add(labels).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}
