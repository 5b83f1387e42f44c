// Shapes of real services (found with the code search of issue 14, written
// down before the fix was first run, not tuned to it), with a metric label
// where the service had a log, a map or a struct. Each says what the right
// outcome is: the read guarded where it is read when every use of it leads
// to the label, else no fix.
// RUN: %check_clang_tidy %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <crow/http_request.h>
#include <httplib.h>
#include <map>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
#include <string_view>
// CHECK-FIXES: {{^}}#include <labelguard/route_guard.hpp>{{$}}

using prometheus::Counter;
using prometheus::Family;

// copper (components/path.hpp): the target is read three times, the position
// of '?' in one read cuts another. Guarding one read would cut the template
// at the raw text's position: no fix.
std::string path_from_request(const httplib::Request &request) {
  const size_t query_ask_symbol_position = request.target.find('?');
  const bool path_has_parameters =
      query_ask_symbol_position != std::string::npos;
  const std::string path{path_has_parameters
                             ? request.target.substr(0, query_ask_symbol_position)
                             : request.target};
  return path;
}

void copperShape(const httplib::Request &req, Family<Counter> &requests) {
  requests.Add({{"path", path_from_request(req)}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  requests.Add({{[{][{]}}"path", path_from_request(req)}}).Increment();{{$}}
}

// hearty_rabbit (PathURL.cc): the target split into an action (the first
// segment) and a file name; the file name serves the request, so the read
// has another use: no fix.
namespace {
struct PathURL {
  std::string action;
  std::string filename;
};

PathURL parsePathURL(const httplib::Request &req) {
  PathURL url;
  std::string_view target = req.path;
  // CHECK-FIXES: {{^}}  std::string_view target = req.path;{{$}}
  auto action_end = target.find_first_of('/', 1);
  auto file_start = target.find_last_of('/');
  url.action = std::string(target.substr(1, action_end - 1));
  url.filename = std::string(target.substr(file_start + 1));
  return url;
}
} // namespace

void heartyRabbitShape(const httplib::Request &req, httplib::Response &res,
                       Family<Counter> &requests) {
  PathURL url = parsePathURL(req);
  res.set_content(url.filename, "text/plain");
  requests.Add({{"action", url.action}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// hearty_rabbit again, its action alone labelled: the read is guarded, and
// the action becomes the template's first segment.
namespace {
struct Action {
  std::string action;
};

Action parseAction(const httplib::Request &req) {
  Action a;
  std::string_view target = req.path;
  // CHECK-FIXES: {{^}}  std::string_view target = labelguard::route_label(req.path);{{$}}
  auto action_end = target.find_first_of('/', 1);
  a.action = std::string(target.substr(1, action_end - 1));
  return a;
}
} // namespace

void heartyRabbitActionOnly(const httplib::Request &req,
                            Family<Counter> &requests) {
  requests.Add({{"action", parseAction(req).action}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// 42sp Webserv (parseQueryString): the target cut at '?' in place, the query
// kept beside it; here in a Crow handler, the query parsed for the response.
// The cut path alone reaches the label, but the same read feeds the query:
// no fix.
void webservShape(const crow::request &req, std::string &query,
                  Family<Counter> &requests) {
  std::string requestTarget = req.url;
  // CHECK-FIXES: {{^}}  std::string requestTarget = req.url;{{$}}
  size_t pos = requestTarget.find('?');
  if (pos != std::string::npos) {
    query = requestTarget.substr(pos + 1);
    requestTarget = requestTarget.substr(0, pos);
  }
  requests.Add({{"path", requestTarget}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// The same without the query: the read is guarded.
void webservPathOnly(const crow::request &req, Family<Counter> &requests) {
  std::string requestTarget = req.url;
  // CHECK-FIXES: {{^}}  std::string requestTarget = labelguard::route_label(req.url);{{$}}
  size_t pos = requestTarget.find('?');
  if (pos != std::string::npos) {
    requestTarget = requestTarget.substr(0, pos);
  }
  requests.Add({{"path", requestTarget}}).Increment();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

// nestal/hearty_rabbit (RequestTarget.cc): a class whose constructor cuts the
// target it is given; the raw value is read by the caller and passed in.
// Written down as "no fix" (the parameter is no read); the check reports at
// the argument and guards it there (the fix that existed before): right, as
// the constructor keeps nothing of the target but the path it labels.
namespace {
class RequestTarget {
public:
  explicit RequestTarget(std::string_view target) {
    auto q = target.find('?');
    if (q != std::string_view::npos)
      target = target.substr(0, q);
    m_path = target.empty() ? "/" : std::string(target);
  }
  const std::string &path() const { return m_path; }

private:
  std::string m_path;
};
} // namespace

void requestTargetShape(const httplib::Request &req, Family<Counter> &requests) {
  RequestTarget t{req.target};
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: metric label value comes from the raw request target (path and query); every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  RequestTarget t{labelguard::route_label(req.target)};{{$}}
  requests.Add({{"path", t.path()}}).Increment();
}

// cpp_red_belt (stats.h, Stats::AddUri): a count per path in a map, exported
// as labels. Written down as "no fix" (map keys are not followed by the fix
// at the read); the check reports at the argument that carries the raw path
// into AddUri and guards it there (the fix that existed before): right, the
// map's keys become route templates and the map stays bounded too.
class Stats {
public:
  void AddUri(std::string_view uri) { ++uris[std::string(uri)]; }
  void Export(Family<Counter> &requests) const {
    for (const auto &[uri, count] : uris)
      requests.Add({{"uri", uri}}).Increment(count);
  }

private:
  std::map<std::string, int> uris;
};

void statsShape(const httplib::Request &req, Stats &stats) {
  stats.AddUri(req.path);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES: {{^}}  stats.AddUri(labelguard::route_label(req.path));{{$}}
}
