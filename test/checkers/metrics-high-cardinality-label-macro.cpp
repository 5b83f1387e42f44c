// clangd reports no "expanded from macro" notes and drops notes located inside
// a macro expansion, so it has its own expectations here.
// RUN: %check_clang_tidy %if frontend-clangd %{ -check-suffix=CLANGD %} %s metrics-high-cardinality-label %t -- -- -std=c++17 -isystem %S/Inputs

#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>

using prometheus::Counter;
using prometheus::Family;

#define RECORD(F, V) (F).Add({{"path", (V)}}).Increment()

void valueIsAMacroArgument(const httplib::Request &req, Family<Counter> &family) {
  RECORD(family, req.path);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:41: note: expanded from macro 'RECORD'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-7]]:26: note: expanded from macro 'RECORD'
  // CHECK-NOTES: :[[@LINE-5]]:18: note: no automatic fix inside a macro expansion
  // CHECK-NOTES-CLANGD: :[[@LINE-6]]:18: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
}

#define REQUEST_PATH req.path

void valueIsAMacro(const httplib::Request &req, Family<Counter> &family) {
  family.Add({{"path", REQUEST_PATH}}).Increment();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: expanded from macro 'REQUEST_PATH'
  // CHECK-NOTES: :[[@LINE-3]]:10: note: reaches the label of 'prometheus::Family::Add' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: no automatic fix inside a macro expansion
  // CHECK-NOTES: :[[@LINE-8]]:22: note: expanded from macro 'REQUEST_PATH'
  // CHECK-NOTES-CLANGD: :[[@LINE-6]]:24: warning: metric label value comes from the raw request path; every distinct value becomes a new time series [metrics-high-cardinality-label]
  // CHECK-NOTES-CLANGD: :[[@LINE-7]]:10: note: reaches the label of 'prometheus::Family::Add' here
}
