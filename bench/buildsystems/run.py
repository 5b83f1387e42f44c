#!/usr/bin/env python3
"""The whole-program scan on Bazel and CMake/Ninja, timed on a generated
workspace (docs/performance.md, "Bazel and CMake"). Prints figures; asserts
nothing.

  bench/buildsystems/run.py [--files 1000] [--per-package 50] [-j N]
                            [--build-dir build] [--work DIR]
                            [--only bazel,cmake,scan,tidy]

The workspace: FILES handler sources in packages of PER_PACKAGE (one
cc_library / CMake library each), every other handler passing the raw
request path to a metrics helper in another library (a cross-file leak), the
rest a constant; cpp-httplib and prometheus-cpp are the small stand-in
headers of test/checkers/Inputs, so the figures are labelguard's and the
build systems' cost, not the cost of parsing real framework headers. It is
scanned by:

  bazel   the aspect (bazel/labelguard.bzl), Debian's Bazel 4.2.3:
          cold (new output base, empty --disk_cache; the server's start
          included), no-op rebuild, fully cached (after `bazel clean`, all
          from the disk cache), one changed source;
  cmake   labelguard_scan() with Ninja: cold, no-op, one changed source;
  scan    labelguard-scan -p (its own process pool and summary reuse):
          cold, no-op, one changed source;
  tidy    run-clang-tidy-19 with labelguard-tidy over the same compile
          database: per-file checks, no whole-program step (the baseline).

labelguard comes from `cmake --install BUILD_DIR` into WORK/prefix. The
number of labelguard actions or steps each run executed is printed beside
its time (Bazel's execution log, Ninja's step lines).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
INPUTS = os.path.join(SOURCE, "test", "checkers", "Inputs")
ASPECT = "@labelguard//bazel:labelguard.bzl%labelguard_aspect"
OURS = ("LabelguardSummarize", "LabelguardLink", "LabelguardReport")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(root, prefix, files, per_package):
    """The workspace, for Bazel and CMake at once."""
    shutil.rmtree(root, ignore_errors=True)
    # The stand-in framework headers.
    os.makedirs(os.path.join(root, "stubs"))
    shutil.copy2(os.path.join(INPUTS, "httplib.h"),
                 os.path.join(root, "stubs", "httplib.h"))
    shutil.copytree(os.path.join(INPUTS, "prometheus"),
                    os.path.join(root, "stubs", "prometheus"))
    write(os.path.join(root, "stubs", "BUILD.bazel"),
          'cc_library(name = "stubs", hdrs = ["httplib.h"] + '
          'glob(["prometheus/*.h"]), includes = ["."], '
          'visibility = ["//visibility:public"])\n')
    write(os.path.join(root, "metrics", "metrics.h"),
          "#pragma once\n#include <prometheus/counter.h>\n"
          "#include <prometheus/family.h>\n#include <string>\n"
          "void record_request(prometheus::Family<prometheus::Counter> &f, "
          "const std::string &path);\n")
    write(os.path.join(root, "metrics", "metrics.cpp"),
          '#include "metrics/metrics.h"\n'
          "void record_request(prometheus::Family<prometheus::Counter> &f, "
          "const std::string &path) {\n"
          '  f.Add({{"path", path}}).Increment();\n}\n')
    write(os.path.join(root, "metrics", "BUILD.bazel"),
          'cc_library(name = "metrics", srcs = ["metrics.cpp"], '
          'hdrs = ["metrics.h"], deps = ["//stubs"], '
          'visibility = ["//visibility:public"])\n')
    packages = []
    for i in range(files):
        pkg = "pkg%03d" % (i // per_package)
        if not packages or packages[-1][0] != pkg:
            packages.append((pkg, []))
        name = "h%05d.cpp" % i
        packages[-1][1].append(name)
        arg = "req.path" if i % 2 == 0 else '"/route/%d"' % i
        write(os.path.join(root, pkg, name),
              "#include <httplib.h>\n#include \"metrics/metrics.h\"\n"
              "void handle_%d(const httplib::Request &req,\n"
              "               prometheus::Family<prometheus::Counter> &f) {\n"
              "  record_request(f, %s);\n}\n" % (i, arg))
    for pkg, names in packages:
        write(os.path.join(root, pkg, "BUILD.bazel"),
              'cc_library(name = "%s", srcs = %s, deps = ["//metrics"])\n'
              % (pkg, json.dumps(names)))
    shims = os.path.join(prefix, "share", "labelguard", "bazel-shims")
    write(os.path.join(root, "WORKSPACE"),
          'workspace(name = "bench")\n'
          'local_repository(name = "rules_cc", path = "%s/rules_cc")\n'
          'local_repository(name = "rules_java", path = "%s/rules_java")\n'
          'local_repository(name = "labelguard", path = "%s")\n'
          % (shims, shims, os.path.join(prefix, "share", "labelguard", "bazel")))
    write(os.path.join(root, ".bazelrc"), "build --cxxopt=-std=c++17\n")
    lines = ["cmake_minimum_required(VERSION 3.20)",
             "project(bench LANGUAGES CXX)",
             "set(CMAKE_CXX_STANDARD 17)",
             "find_package(labelguard REQUIRED)",
             "add_library(metrics STATIC metrics/metrics.cpp)",
             "target_include_directories(metrics PUBLIC ${CMAKE_SOURCE_DIR})",
             "target_include_directories(metrics SYSTEM PUBLIC "
             "${CMAKE_SOURCE_DIR}/stubs)"]
    targets = ["metrics"]
    for pkg, names in packages:
        lines.append("add_library(%s STATIC %s)" % (
            pkg, " ".join("%s/%s" % (pkg, n) for n in names)))
        lines.append("target_link_libraries(%s PUBLIC metrics)" % pkg)
        targets.append(pkg)
    lines.append("labelguard_scan(TARGETS %s)" % " ".join(targets))
    write(os.path.join(root, "CMakeLists.txt"), "\n".join(lines) + "\n")
    return len(packages)


def run(args, cwd=None, check=True):
    start = time.monotonic()
    proc = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    took = time.monotonic() - start
    if check and proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout[-5000:])
        sys.exit("bench: %s exited with %d" % (args[0], proc.returncode))
    return took, proc.stdout


def spawns(log):
    if not os.path.exists(log):
        return []
    with open(log, encoding="utf-8") as f:
        text = f.read()
    decoder, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = decoder.raw_decode(text, i)
        out.append(obj)


def touch_one(root):
    with open(os.path.join(root, "pkg000", "h00000.cpp"), "a",
              encoding="utf-8") as f:
        f.write("// changed %f\n" % time.time())


def bench_bazel(root, work, jobs, rows):
    base = os.path.join(work, "bazel-output-base")
    cache = os.path.join(work, "bazel-disk-cache")
    shutil.rmtree(base, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    startup = ["bazel", "--output_user_root=" + os.path.join(work, "bazel-root"),
               "--output_base=" + base]
    logs = iter(range(100))

    def build():
        log = os.path.join(work, "bazel-exec-%d.json" % next(logs))
        took, out = run(startup + [
            "build", "--spawn_strategy=processwrapper-sandbox",
            "--disk_cache=" + cache, "--jobs=%d" % jobs, "--aspects=" + ASPECT,
            "--output_groups=labelguard_report,labelguard_fixes,labelguard_sarif",
            "--execution_log_json_file=" + log, "//..."], cwd=root)
        ours = [s for s in spawns(log) if s.get("mnemonic") in OURS]
        ran = sum(1 for s in ours if not s.get("remoteCacheHit"))
        return took, "%d run, %d from cache" % (ran, len(ours) - ran)

    try:
        rows.append(("bazel", "cold (server start, empty cache)") + build())
        rows.append(("bazel", "no-op rebuild") + build())
        run(startup + ["clean"], cwd=root)
        rows.append(("bazel", "after bazel clean (disk cache)") + build())
        touch_one(root)
        rows.append(("bazel", "one source changed") + build())
    finally:
        run(startup + ["shutdown"], cwd=root, check=False)


def steps(out):
    return len(re.findall(r"^\[\d+/\d+\] labelguard: ", out, re.M))


def bench_cmake(root, work, prefix, jobs, rows):
    build = os.path.join(work, "cmake-build")
    shutil.rmtree(build, ignore_errors=True)
    took, out = run(["cmake", "-S", root, "-B", build, "-G", "Ninja",
                     "-DCMAKE_PREFIX_PATH=" + prefix,
                     "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"])
    rows.append(("cmake", "configure", took, ""))
    for what in ("cold", "no-op rebuild"):
        took, out = run(["cmake", "--build", build, "--target", "labelguard",
                         "-j", str(jobs)])
        rows.append(("cmake", what, took, "%d steps" % steps(out)))
    touch_one(root)
    took, out = run(["cmake", "--build", build, "--target", "labelguard",
                     "-j", str(jobs)])
    rows.append(("cmake", "one source changed", took, "%d steps" % steps(out)))
    return build


def bench_scan(prefix, build, work, jobs, root, rows):
    scan = os.path.join(prefix, "bin", "labelguard-scan")
    sums = os.path.join(work, "scan-summaries")
    shutil.rmtree(sums, ignore_errors=True)
    args = [scan, "-p", build, "-j", str(jobs), "--summary-dir", sums,
            "--index", os.path.join(work, "scan.idx")]
    for what in ("cold", "no-op rerun"):
        took, out = run(args)
        m = re.search(r"\((\d+) analysed", out)
        rows.append(("labelguard-scan -p", what, took,
                     "%s analysed" % (m.group(1) if m else "?")))
    touch_one(root)
    took, out = run(args)
    m = re.search(r"\((\d+) analysed", out)
    rows.append(("labelguard-scan -p", "one source changed", took,
                 "%s analysed" % (m.group(1) if m else "?")))


def bench_tidy(prefix, build, jobs, rows):
    tidy = os.path.join(prefix, "bin", "labelguard-tidy")
    took, out = run(["run-clang-tidy-19", "-clang-tidy-binary", tidy, "-p",
                     build, "-j", str(jobs), "-quiet",
                     "-checks=-*,metrics-high-cardinality-label"])
    rows.append(("run-clang-tidy-19 + labelguard-tidy", "every file (per-TU)",
                 took, "%d warnings" % out.count("[metrics-high-cardinality-label]")))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=1000)
    p.add_argument("--per-package", type=int, default=50)
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--build-dir", default=os.path.join(SOURCE, "build"))
    p.add_argument("--work", default="/tmp/labelguard-bench-buildsystems")
    p.add_argument("--only", default="bazel,cmake,scan,tidy")
    a = p.parse_args()
    only = set(a.only.split(","))
    os.makedirs(a.work, exist_ok=True)
    prefix = os.path.join(a.work, "prefix")
    shutil.rmtree(prefix, ignore_errors=True)
    run(["cmake", "--install", a.build_dir, "--prefix", prefix])
    root = os.path.join(a.work, "workspace")
    packages = generate(root, prefix, a.files, a.per_package)
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print("workspace: %d handler sources in %d packages + 1 helper; -j %d; "
          "load average %s at start" % (a.files, packages, a.jobs, load))
    rows = []
    if "bazel" in only:
        bench_bazel(root, a.work, a.jobs, rows)
    build = None
    if only & {"cmake", "scan", "tidy"}:
        build = bench_cmake(root, a.work, prefix, a.jobs, rows) \
            if "cmake" in only else None
        if build is None:
            build = os.path.join(a.work, "cmake-build")
            run(["cmake", "-S", root, "-B", build, "-G", "Ninja",
                 "-DCMAKE_PREFIX_PATH=" + prefix,
                 "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"])
    if "scan" in only:
        bench_scan(prefix, build, a.work, a.jobs, root, rows)
    if "tidy" in only:
        bench_tidy(prefix, build, a.jobs, rows)
    width = max(len(r[0]) for r in rows)
    for system, what, took, note in rows:
        print("%-*s  %-32s %8.1f s  %s" % (width, system, what, took, note))


if __name__ == "__main__":
    main()
