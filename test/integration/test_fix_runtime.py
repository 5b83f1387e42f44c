#!/usr/bin/env python3
"""The cure at run time: the example service, fixed by labelguard-scan --fix,
keeps a bounded number of series however many distinct URLs it serves.
The service registers no route by hand: the fix registers the patterns it
declares (cpp-httplib 0.11 regexes, labelled by their translation:
`(\\d+)` is `<uint>`).

The example as written (the build's example-service) and a copy fixed with
labelguard-scan --fix and built with the real cpp-httplib and prometheus-cpp
are started on 127.0.0.1; the same requests to distinct URLs go to both;
/metrics is read back. The leaky one must show a series per URL, the cured
one the registered route templates and one unregistered value. The request
counter's path label is set in metrics.cpp from a value main.cpp passes in:
the whole-program fix guards it at that caller, in main.cpp, and leaves the
metrics module as it is; a per-file --fix of main.cpp alone does not see that
leak. Search queries (whose leak has no automatic fix) are sent with one term
only, so they stay out of the count.
"""

import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request

import common
from common import CHECK, check

ROUTES = {"/users/<uint>", "/orders/<uint>/items/<uint>", "/search", "/health"}


def start(binary):
    proc = subprocess.Popen([binary, "--port", "0", "--metrics-port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True)
    line = proc.stdout.readline()
    m = re.search(r"127\.0\.0\.1:(\d+), metrics on 127\.0\.0\.1:(\d+)", line)
    if not m:
        proc.kill()
        raise SystemExit("%s did not start: %r" % (binary, line))
    return proc, int(m.group(1)), int(m.group(2))


def get(port, path):
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path),
                                    timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, ""


def label_values(metrics, metric, label):
    pattern = re.compile(r"^%s\{([^}]*)\}" % re.escape(metric), re.M)
    values = set()
    for labels in pattern.findall(metrics):
        m = re.search(r'(?:^|,)%s="([^"]*)"' % re.escape(label), labels)
        if m:
            values.add(m.group(1))
    return values


def exercise(binary, n):
    proc, port, metrics_port = start(binary)
    try:
        for i in range(n):
            get(port, "/users/%d" % i)
            get(port, "/orders/%d/items/%d?page=%d" % (i, i + 1, i))
            get(port, "/no/such/page/%d" % i)
        get(port, "/search?q=same")
        get(port, "/health")
        _, metrics = get(metrics_port, "/metrics")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return metrics


def main():
    work = common.work_dir()
    source = common.source_dir()
    cured_dir = os.path.join(work, "cured")
    main_cpp = common.make_example_project(cured_dir)
    metrics_cpp = os.path.join(cured_dir, "metrics.cpp")
    with open(main_cpp, encoding="utf-8") as f:
        original = f.read()
    with open(metrics_cpp, encoding="utf-8") as f:
        metrics_original = f.read()
    raw_call = "metrics.record_request(req.method, req.path, res.status);"
    check(raw_call in original, "main.cpp passes the raw path to "
          "metrics.cpp's record_request")

    # Per file, labelguard-tidy sees main.cpp's own leaks, not the one whose
    # label is set in metrics.cpp: its --fix leaves that call raw.
    per_file = os.path.join(work, "per-file")
    per_file_main = common.make_example_project(per_file)
    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p", per_file,
                          "--checks=-*," + CHECK, "--fix", per_file_main])
    with open(per_file_main, encoding="utf-8") as f:
        per_file_fixed = f.read()
    check(rc == 0 and "labelguard::route_label(" in per_file_fixed and
          raw_call in per_file_fixed,
          "labelguard-tidy --fix on main.cpp alone guards its own labels and "
          "leaves the call into metrics.cpp raw", out)

    scan = [common.env("LABELGUARD_SCAN"), "-p", cured_dir, "--fix"]
    rc, out = common.run(scan)
    with open(main_cpp, encoding="utf-8") as f:
        fixed = f.read()
    with open(metrics_cpp, encoding="utf-8") as f:
        metrics_fixed = f.read()
    # Exit 1: the findings are printed, the query term's among them (it has
    # no automatic fix).
    check(rc == 1 and "labelguard::route_label(" in fixed,
          "labelguard-scan --fix rewrites the copy", out)
    check("metrics.record_request(req.method, labelguard::route_label("
          "req.path), res.status);" in fixed,
          "the cross-file leak is fixed at the raw caller in main.cpp", fixed)
    check(metrics_fixed == metrics_original,
          "metrics.cpp, shared by every caller, is left as it is",
          metrics_fixed)
    check(fixed.count("labelguard::declare_httplib_route(") == 4,
          "the same --fix registers the four routes where they are declared",
          fixed)
    rc, out = common.run(scan)
    with open(main_cpp, encoding="utf-8") as f:
        again = f.read()
    check(again == fixed, "a second --fix changes nothing", out)
    remaining = common.tidy_findings(out)
    check(len(remaining) == 1 and "query parameter" in
          remaining[0]["message"], "after the fix only the query parameter's "
          "finding remains (it has no automatic fix)", out)
    with open(os.path.join(source, "examples", "service", "CMakeLists.txt"),
              encoding="utf-8") as f:
        cmake_lists = f.read()
    with open(os.path.join(cured_dir, "CMakeLists.txt"), "w",
              encoding="utf-8") as f:
        f.write(cmake_lists)
    build = os.path.join(cured_dir, "build")
    rc, out = common.run([common.env("CMAKE"), "-S", cured_dir, "-B", build,
                          "-G", "Ninja",
                          "-DCMAKE_CXX_COMPILER=" + common.env("CXX_COMPILER"),
                          "-DLABELGUARD_INCLUDE_DIR=" +
                          os.path.join(source, "include")])
    check(rc == 0, "the cured copy configures", out)
    rc, out = common.run([common.env("CMAKE"), "--build", build], timeout=600)
    if not check(rc == 0, "the cured copy builds with the real libraries", out):
        common.finish()

    n = 60
    leaky = exercise(os.path.join(common.env("LABELGUARD_BINARY_DIR"), "bin",
                                  "example-service"), n)
    cured = exercise(os.path.join(build, "example-service"), n)

    leaky_paths = label_values(leaky, "http_requests_total", "path")
    cured_paths = label_values(cured, "http_requests_total", "path")
    check(len(leaky_paths) >= 3 * n,
          "as written, every distinct URL is a series (%d paths)" %
          len(leaky_paths))
    check(cured_paths <= ROUTES | {"unregistered-path"} and
          "unregistered-path" in cured_paths and "/users/<uint>" in cured_paths,
          "cured, the path label is a route template or unregistered-path",
          sorted(cured_paths))
    cured_targets = label_values(cured, "http_response_bytes_count", "target")
    check(cured_targets <= ROUTES | {"unregistered-path"},
          "cured, the target label (query included) is a route template",
          sorted(cured_targets))
    cured_404 = label_values(cured, "http_not_found_total", "path")
    check(cured_404 == {"unregistered-path"},
          "cured, 404s share one series", sorted(cured_404))
    leaky_series = len(re.findall(r"^http_\w+\{", leaky, re.M))
    cured_series = len(re.findall(r"^http_\w+\{", cured, re.M))
    print("http_* series: as written %d, cured %d" % (leaky_series, cured_series))
    check(cured_series < leaky_series / 10,
          "cured, the service exposes a bounded number of series")
    common.finish()


if __name__ == "__main__":
    main()
