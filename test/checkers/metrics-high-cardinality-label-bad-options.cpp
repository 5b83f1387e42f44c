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

int main() { return 0; }
