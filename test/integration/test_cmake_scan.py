#!/usr/bin/env python3
"""labelguard_scan() from find_package(labelguard) with CMake and Ninja, on
the example test/buildsystems/example (a handler in server/handler.cpp hands
the raw path to metrics/metrics.cpp's helper), from an installation into this
test's own directory:

  1. `cmake --build build --target labelguard` summarizes each source,
     links, and reports the leak at the argument with its notes across files
     (text, export-fixes YAML, SARIF);
  2. a rebuild with nothing changed runs no labelguard step (`ninja -n -d
     explain` says "no work to do");
  3. a changed source re-runs its own summary, the link and the report; a
     changed header re-runs the summaries of the sources that include it
     (the depfile), nothing else; a configure that changes no flag runs only
     the compile database's copy;
  4. the FAIL_ON_FINDINGS target fails on the finding; the fix exported by
     the report applies with clang-apply-replacements-19, the fixed project
     builds, and both targets then pass with empty reports.
"""

import json
import os
import re
import shutil

import common
from common import check


def steps(output):
    """The labelguard steps Ninja ran (or would run, with -n)."""
    return sorted(m.group(1) for m in re.finditer(
        r"^\[\d+/\d+\] labelguard: (.*)$", output, re.M))


def append(path, text):
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def main():
    work = common.work_dir()
    cmake = common.env("CMAKE")
    prefix = os.path.join(work, "prefix")
    rc, out = common.run([cmake, "--install", common.env("LABELGUARD_BINARY_DIR"),
                          "--prefix", prefix])
    if not check(rc == 0, "cmake --install succeeds", out[-2000:]):
        common.finish()
    project = os.path.join(work, "project")
    shutil.copytree(os.path.join(common.source_dir(), "test", "buildsystems",
                                 "example"), project)
    # The gate: the same scan, failing the build on a finding.
    append(os.path.join(project, "CMakeLists.txt"),
           "labelguard_scan(NAME labelguard-gate TARGETS metrics handlers "
           "FAIL_ON_FINDINGS)\n")
    build = os.path.join(work, "build")
    rc, out = common.run([cmake, "-S", project, "-B", build, "-G", "Ninja",
                          "-DCMAKE_PREFIX_PATH=" + prefix,
                          "-DCMAKE_CXX_COMPILER=" + common.env("CXX_COMPILER")])
    if not check(rc == 0, "the example configures with find_package(labelguard)",
                 out[-3000:]):
        common.finish()

    def ninja(*args):
        return common.run([cmake, "--build", build, "--"] + list(args))

    # 1. The cold run.
    rc, out = ninja("labelguard")
    check(rc == 0, "the labelguard target builds", out[-3000:])
    check(steps(out) == ["compile database", "linking labelguard.idx",
                         "reporting labelguard",
                         "summarizing metrics/metrics.cpp",
                         "summarizing server/handler.cpp",
                         "summarizing server/health.cpp",
                         "summarizing server/main.cpp"],
          "one summary per source, one link, one report", steps(out))
    out_dir = os.path.join(build, "labelguard")
    with open(os.path.join(out_dir, "labelguard.txt"), encoding="utf-8") as f:
        report = f.read()
    found = common.tidy_findings(report)
    handler = os.path.join(project, "server", "handler.cpp")
    metrics = os.path.join(project, "metrics", "metrics.cpp")
    check(len(found) == 1 and (found[0]["file"], found[0]["line"],
                               found[0]["column"]) == (handler, 9, 28),
          "the report has the finding at server/handler.cpp:9:28", report)
    if found:
        notes = [(n[0], n[1], n[3]) for n in found[0]["notes"]]
        check((metrics, 5, "reaches the label of 'prometheus::Family::Add' "
               "here") in notes, "its note points into metrics/metrics.cpp",
              notes)
    check(handler + ":9:28: warning:" in out,
          "the finding is printed in the build's output")
    with open(os.path.join(out_dir, "labelguard.sarif"), encoding="utf-8") as f:
        results = json.load(f)["runs"][0]["results"]
    check(len(results) == 1 and results[0]["locations"][0]["physicalLocation"]
          ["artifactLocation"]["uri"] == "server/handler.cpp",
          "the SARIF log has it, relative to the project's source directory")

    # 2. Nothing changed: no work.
    rc, out = ninja("-n", "-d", "explain", "labelguard")
    check(rc == 0 and "ninja: no work to do." in out and not steps(out),
          "a rebuild with nothing changed runs no labelguard step", out)

    # 3. One source, one header, one configure.
    append(os.path.join(project, "server", "main.cpp"), "// changed\n")
    rc, out = ninja("-n", "labelguard")
    check(steps(out) == ["linking labelguard.idx", "reporting labelguard",
                         "summarizing server/main.cpp"],
          "a changed server/main.cpp re-runs its summary, the link and the "
          "report only", steps(out))
    rc, out = ninja("labelguard")
    check(rc == 0 and steps(out) == ["linking labelguard.idx",
                                     "reporting labelguard",
                                     "summarizing server/main.cpp"],
          "and the build does just that", steps(out))
    append(os.path.join(project, "metrics", "metrics.h"), "// changed\n")
    rc, out = ninja("labelguard")
    check(rc == 0 and steps(out) == ["linking labelguard.idx",
                                     "reporting labelguard",
                                     "summarizing metrics/metrics.cpp",
                                     "summarizing server/handler.cpp",
                                     "summarizing server/health.cpp"],
          "a changed metrics/metrics.h re-runs the summaries of the three "
          "sources that include it, not server/main.cpp", steps(out))
    os.utime(os.path.join(project, "CMakeLists.txt"))
    rc, out = ninja("labelguard")
    check(rc == 0 and "Re-running CMake" in out and
          steps(out) == ["compile database"],
          "a configure that changes no flag re-runs no summary", out[-3000:])

    # 4. The gate, the fix, the fixed build.
    rc, out = ninja("labelguard-gate")
    check(rc != 0 and "labelguard: findings in" in out,
          "FAIL_ON_FINDINGS fails the build on the finding", out[-3000:])
    fixes = os.path.join(work, "fixes")
    os.makedirs(fixes)
    shutil.copy(os.path.join(out_dir, "labelguard.yaml"), fixes)
    rc, out = common.run([common.env("CLANG_APPLY_REPLACEMENTS"), fixes])
    check(rc == 0, "clang-apply-replacements-19 applies the exported fix", out)
    with open(handler, encoding="utf-8") as f:
        fixed = f.read()
    check("record_request(requests, labelguard::route_label(req.path));"
          in fixed and "#include <labelguard/route_guard.hpp>" in fixed,
          "handler.cpp guards the argument", fixed)
    rc, out = common.run([cmake, "--build", build])
    check(rc == 0 and os.access(os.path.join(build, "server"), os.X_OK),
          "the fixed project compiles and links", out[-3000:])
    rc, out = ninja("labelguard", "labelguard-gate")
    check(rc == 0, "both labelguard targets pass on the fixed project",
          out[-3000:])
    for name in ("labelguard", "labelguard-gate"):
        with open(os.path.join(build, name, name + ".txt"),
                  encoding="utf-8") as f:
            check(f.read() == "", "%s.txt is empty" % name)
    common.finish()


if __name__ == "__main__":
    main()
