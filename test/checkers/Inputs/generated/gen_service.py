#!/usr/bin/env python3
"""Writes a generated service for the stress tests of the check.

  gen_service.py handlers N   N handlers, each with a logging helper of its
                              own that hands req.path to one shared record()
  gen_service.py chain N      one handler; N helpers, each calling the next,
                              the last one recording
  gen_service.py guards N     N bool helpers, each wrapping the next, the last
                              testing membership; a handler guarded by the
                              first one labels with the guarded path

Each warning the check must give carries its CHECK-MESSAGES line, so the
output is a test file for check_clang_tidy.py. N is small in the lit suite
and large in the tests that only ask for a bounded run.
"""
import sys

HEADER = """#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>
using prometheus::Counter;
using prometheus::Family;
"""

WARN = ("// CHECK-MESSAGES: :[[@LINE-1]]:{col}: warning: metric label value "
        "comes from the raw request path; every distinct value becomes a new "
        "time series [metrics-high-cardinality-label]")


def handlers(n, out):
    out.append('void record(Family<Counter> &f, const std::string &p) '
               '{ f.Add({{"path", p}}).Increment(); }')
    for i in range(n):
        out.append('void log%d(Family<Counter> &f, const std::string &p) '
                   '{ record(f, p); }' % i)
        line = ('void handler%d(const httplib::Request &req, Family<Counter> &f) '
                '{ log%d(f, req.path); }' % (i, i))
        out.append(line)
        out.append(WARN.format(col=line.index("req.path") + 1))


def chain(n, out, expect):
    out.append('void h0(Family<Counter> &f, const std::string &p) '
               '{ f.Add({{"path", p}}).Increment(); }')
    for i in range(1, n):
        out.append('void h%d(Family<Counter> &f, const std::string &p) '
                   '{ h%d(f, p); }' % (i, i - 1))
    line = ('void handler(const httplib::Request &req, Family<Counter> &f) '
            '{ h%d(f, req.path); }' % (n - 1))
    out.append(line)
    if expect:
        out.append(WARN.format(col=line.index("req.path") + 1))


def guards(n, out):
    out.insert(1, '#include <set>')
    out.append('std::set<std::string> routes;')
    out.append('bool g0(const std::string &p) { return routes.count(p) > 0; }')
    for i in range(1, n):
        out.append('bool g%d(const std::string &p) { return g%d(p); }' % (i, i - 1))
    out.append('void handler(const httplib::Request &req, Family<Counter> &f) {')
    out.append('  if (!g%d(req.path)) return;' % (n - 1))
    out.append('  f.Add({{"path", req.path}}).Increment();')
    out.append('}')


def main():
    mode, n = sys.argv[1], int(sys.argv[2])
    expect = "--no-expect" not in sys.argv
    out = [HEADER]
    if mode == "handlers":
        handlers(n, out)
    elif mode == "chain":
        chain(n, out, expect)
    elif mode == "guards":
        guards(n, out)
    else:
        sys.exit("gen_service.py: unknown mode %r" % mode)
    print("\n".join(out))


if __name__ == "__main__":
    main()
