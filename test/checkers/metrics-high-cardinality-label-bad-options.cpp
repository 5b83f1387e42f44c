// Bad option values and a bad model file are errors that say what is wrong
// and where, never silently ignored. clangd logs configuration errors rather
// than publishing them, so this is a clang-tidy test.
// UNSUPPORTED: frontend-clangd
// RUN: %check_clang_tidy -expect-clang-tidy-error %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.Sources: 'mylib::Req::uri=url;mylib::Req::uri@x=path;my lib::f=path', \
// RUN:     metrics-high-cardinality-label.LabelSinks: 'mylib::Meter::tag', \
// RUN:     metrics-high-cardinality-label.NameSinks: 'mylib::Meter<int>::create:0', \
// RUN:     metrics-high-cardinality-label.ReportKinds: 'path;everything', \
// RUN:     metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/bad.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=MISSING %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/missing.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=DEVICE %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '/dev/zero'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=DIR %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: rm -f %t.fifo && mkfifo %t.fifo
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=FIFO %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%t.fifo'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %python -c "open('%t.big.yaml', 'w').write('# padding\n' * 120000)"
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=BIG %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%t.big.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// One bad entry is reported at its own line; the entries after it are read.
// (clang-tidy sorts configuration errors by their text.)
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=PARTIAL %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.ModelFile: '%S/Inputs/model/partly-bad.yaml'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=FIX %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.GuardHeader: '<a b.h>', \
// RUN:     metrics-high-cardinality-label.GuardFunction: 'a.b*c', \
// RUN:     metrics-high-cardinality-label.LimiterFunction: 'route_label', \
// RUN:     metrics-high-cardinality-label.IncludeStyle: 'chaos', \
// RUN:     metrics-high-cardinality-label.Sources: 'mylib::Req::uri@=path'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=HEADER %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.GuardHeader: '<labelguard/route_guard.hpp', \
// RUN:     metrics-high-cardinality-label.GuardFunction: '::ns::f<int>'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs
// RUN: %check_clang_tidy -expect-clang-tidy-error -check-suffix=BLANK %s metrics-high-cardinality-label %t \
// RUN:   -config="{CheckOptions: {metrics-high-cardinality-label.GuardHeader: '<>', \
// RUN:     metrics-high-cardinality-label.GuardFunction: '', \
// RUN:     metrics-high-cardinality-label.ReportKinds: ''}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs

// clang-tidy prints configuration errors sorted by their text.
// CHECK-MESSAGES: error: metrics-high-cardinality-label: {{.*}}bad.yaml:4: unknown Kind 'url' (expected path, target, query, pathparam, header, address, body, cookie or method) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: {{.*}}bad.yaml:6: a Sinks entry needs Args: the index of the argument that carries the labels or the name [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: {{.*}}bad.yaml:8: unknown key 'Nam' in a Sinks entry (expected Name, Scope, Kind, Args, SrcArgs, DstArgs) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: {{.*}}bad.yaml:9: unknown section 'Extra' (expected Sources, Sinks, Propagations or Filters) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'LabelSinks': 'mylib::Meter::tag' must be QualifiedName:N, N the argument's index [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'NameSinks': 'mylib::Meter<int>::create' is not a qualified name (write it like ::ns::Class::member, without template arguments) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'ReportKinds': unknown kind 'everything' (kinds: path, target, query, pathparam, header, address, body, cookie, method) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'Sources': 'my lib::f' is not a qualified name (write it like ::ns::Class::member, without template arguments) [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'Sources': 'mylib::Req::uri=url' must be QualifiedName=kind or QualifiedName@N=kind, kind one of path, target, query, pathparam, header, address, body, cookie, method [clang-tidy-config]
// CHECK-MESSAGES: error: metrics-high-cardinality-label: option 'Sources': 'mylib::Req::uri@x=path': the out-parameter after '@' must be a number [clang-tidy-config]
// CHECK-MESSAGES-MISSING: error: metrics-high-cardinality-label: cannot read the model file '{{.*}}missing.yaml': No such file or directory [clang-tidy-config]
// CHECK-MESSAGES-DEVICE: error: metrics-high-cardinality-label: cannot read the model file '/dev/zero': not a regular file (a device, FIFO or socket) [clang-tidy-config]
// CHECK-MESSAGES-DIR: error: metrics-high-cardinality-label: cannot read the model file '{{.*}}Inputs': it is a directory [clang-tidy-config]
// CHECK-MESSAGES-FIFO: error: metrics-high-cardinality-label: cannot read the model file '{{.*}}.fifo': not a regular file (a device, FIFO or socket) [clang-tidy-config]
// CHECK-MESSAGES-BIG: error: metrics-high-cardinality-label: cannot read the model file '{{.*}}.big.yaml': larger than 1024 KiB [clang-tidy-config]
// CHECK-MESSAGES-PARTIAL: error: metrics-high-cardinality-label: {{.*}}partly-bad.yaml:14: expected a plain value [clang-tidy-config]
// CHECK-MESSAGES-PARTIAL: error: metrics-high-cardinality-label: {{.*}}partly-bad.yaml:18: duplicate key 'Args' in a Sinks entry [clang-tidy-config]
// CHECK-MESSAGES-PARTIAL: error: metrics-high-cardinality-label: {{.*}}partly-bad.yaml:9: 'x' is not an argument index (-1 is the return value) [clang-tidy-config]
// CHECK-MESSAGES-FIX: error: metrics-high-cardinality-label: option 'GuardFunction': 'a.b*c': it is not a qualified function name (identifiers joined by '::', without template arguments) [clang-tidy-config]
// CHECK-MESSAGES-FIX: error: metrics-high-cardinality-label: option 'GuardHeader': '<a b.h>': a header path has no blanks, brackets, quotes or backslashes (write it like labelguard/route_guard.hpp, <a/b.h> or "a/b.h") [clang-tidy-config]
// CHECK-MESSAGES-FIX: error: metrics-high-cardinality-label: option 'IncludeStyle': unknown style 'chaos' (styles: llvm, google, google-objc) [clang-tidy-config]
// CHECK-MESSAGES-FIX: error: metrics-high-cardinality-label: option 'LimiterFunction': 'route_label': write it qualified, like ::ns::function [clang-tidy-config]
// CHECK-MESSAGES-FIX: error: metrics-high-cardinality-label: option 'Sources': 'mylib::Req::uri@=path': the out-parameter after '@' must be a number [clang-tidy-config]
// CHECK-MESSAGES-HEADER: error: metrics-high-cardinality-label: option 'GuardFunction': '::ns::f<int>': it is not a qualified function name (identifiers joined by '::', without template arguments) [clang-tidy-config]
// CHECK-MESSAGES-HEADER: error: metrics-high-cardinality-label: option 'GuardHeader': '<labelguard/route_guard.hpp': '<' is not closed by '>' (write it like labelguard/route_guard.hpp, <a/b.h> or "a/b.h") [clang-tidy-config]
// CHECK-MESSAGES-BLANK: error: metrics-high-cardinality-label: option 'GuardFunction': '': it is empty [clang-tidy-config]
// CHECK-MESSAGES-BLANK: error: metrics-high-cardinality-label: option 'GuardHeader': '<>': it names no header (write it like labelguard/route_guard.hpp, <a/b.h> or "a/b.h") [clang-tidy-config]
// CHECK-MESSAGES-BLANK: error: metrics-high-cardinality-label: option 'ReportKinds' is empty: no finding would ever be reported (list the kinds to report, or disable the check) [clang-tidy-config]

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

// A malformed fix option leaves the finding, but offers no edit that could
// not compile. (ReportKinds '' reports nothing at all, after its error.)
void handler(const httplib::Request &req, prometheus::Family<prometheus::Counter> &family) {
  family.Add({{"path", req.path}}).Increment();
  // CHECK-MESSAGES-FIX: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-HEADER: :[[@LINE-2]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-DEVICE: :[[@LINE-3]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-DIR: :[[@LINE-4]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-FIFO: :[[@LINE-5]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-BIG: :[[@LINE-6]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-MISSING: :[[@LINE-7]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES-PARTIAL: :[[@LINE-8]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-MESSAGES: :[[@LINE-9]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-FIXES-FIX: {{^}}  family.Add({{[{][{]}}"path", req.path}}).Increment();{{$}}
  // CHECK-FIXES-HEADER: {{^}}  family.Add({{[{][{]}}"path", req.path}}).Increment();{{$}}
  // CHECK-FIXES-BLANK: {{^}}  family.Add({{[{][{]}}"path", req.path}}).Increment();{{$}}
}

// The partly bad model file still teaches its valid entries: mylib::Req::uri
// is a source, and mylib::Meter::tag a sink.
namespace mylib {
struct Req { std::string uri, uri2; };
struct Meter { void tag(const char *key, const std::string &value); };
} // namespace mylib
void custom(mylib::Req &r, mylib::Meter &m) {
  m.tag("a", r.uri2);
  // CHECK-MESSAGES-PARTIAL: :[[@LINE-1]]:14: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}
