#!/usr/bin/env python3
"""--export-fixes and clang-apply-replacements-19 give what --fix gives.

Per file: two copies of the example service's main.cpp, one fixed in place
by labelguard-tidy --fix, the other through --export-fixes and
clang-apply-replacements-19. The results must be byte for byte the same and
re-check with only the finding that has no automatic fix. main.cpp alone
does not show the raw path it hands to metrics.cpp, so that call stays raw.

The whole program: the same with labelguard-scan on two more copies; its fix
also guards that call, in main.cpp, and leaves metrics.cpp as it is.
"""

import os
import shutil

import common
from common import CHECK, check


def main():
    work = common.work_dir()
    tidy = common.env("LABELGUARD_TIDY")
    direct = common.make_example_project(os.path.join(work, "direct"))
    exported = common.make_example_project(os.path.join(work, "exported"))

    rc, out = common.run([tidy, "-p", os.path.dirname(direct),
                          "--checks=-*," + CHECK, "--fix", direct])
    check(rc == 0, "labelguard-tidy --fix succeeds", out)

    fixes_dir = os.path.join(work, "fixes")
    os.makedirs(fixes_dir)
    rc, out = common.run([tidy, "-p", os.path.dirname(exported),
                          "--checks=-*," + CHECK,
                          "--export-fixes=" + os.path.join(fixes_dir, "fixes.yaml"),
                          exported])
    check(rc == 0, "labelguard-tidy --export-fixes succeeds", out)
    rc, out = common.run([common.env("CLANG_APPLY_REPLACEMENTS"), fixes_dir])
    check(rc == 0, "clang-apply-replacements-19 applies the export", out)

    with open(direct, encoding="utf-8") as f:
        a = f.read()
    with open(exported, encoding="utf-8") as f:
        b = f.read()
    with open(common.example_main(), encoding="utf-8") as f:
        original = f.read()
    check(a != original, "--fix changed the example")
    check(a == b, "--export-fixes + clang-apply-replacements equals --fix",
          "\n".join(l for l in __import__("difflib").unified_diff(
              a.splitlines(), b.splitlines(), lineterm="")))
    check(a.count("#include <labelguard/route_guard.hpp>") == 1,
          "the guard's #include is inserted once")

    # Applying the fixes again changes nothing: guarded values are bounded.
    again = os.path.join(work, "again")
    shutil.copytree(os.path.dirname(direct), again)
    rc, out = common.run([tidy, "-p", os.path.dirname(direct),
                          "--checks=-*," + CHECK, "--fix", direct])
    with open(direct, encoding="utf-8") as f:
        c = f.read()
    check(c == a, "a second --fix changes nothing", out)
    remaining = common.tidy_findings(out)
    check(len(remaining) == 1 and "query parameter" in remaining[0]["message"],
          "after the fixes only the query parameter's finding remains "
          "(it has no automatic fix)", out)
    raw_call = "metrics.record_request(req.method, req.path, res.status);"
    check(raw_call in a, "per file, the call that hands the raw path to "
          "metrics.cpp stays as it is")

    scan = common.env("LABELGUARD_SCAN")
    direct = common.make_example_project(os.path.join(work, "scan-direct"))
    exported = common.make_example_project(os.path.join(work, "scan-exported"))
    # Exit 1: the findings are printed, the query parameter's among them.
    rc, out = common.run([scan, "-p", os.path.dirname(direct), "--fix"])
    check(rc == 1, "labelguard-scan --fix succeeds (exit 1: findings)", out)
    scan_fixes = os.path.join(work, "scan-fixes")
    os.makedirs(scan_fixes)
    rc, out = common.run([scan, "-p", os.path.dirname(exported),
                          "--export-fixes=" +
                          os.path.join(scan_fixes, "fixes.yaml")])
    check(rc == 1, "labelguard-scan --export-fixes succeeds (exit 1: "
          "findings)", out)
    rc, out = common.run([common.env("CLANG_APPLY_REPLACEMENTS"), scan_fixes])
    check(rc == 0, "clang-apply-replacements-19 applies the scan's export",
          out)
    for name in ("main.cpp", "metrics.cpp"):
        with open(os.path.join(os.path.dirname(direct), name),
                  encoding="utf-8") as f:
            fixed = f.read()
        with open(os.path.join(os.path.dirname(exported), name),
                  encoding="utf-8") as f:
            applied = f.read()
        with open(common.example_source(name), encoding="utf-8") as f:
            original = f.read()
        check(fixed == applied, "%s: labelguard-scan's export + clang-apply-"
              "replacements equals its --fix" % name,
              "\n".join(l for l in __import__("difflib").unified_diff(
                  fixed.splitlines(), applied.splitlines(), lineterm="")))
        if name == "main.cpp":
            check("metrics.record_request(req.method, labelguard::route_label("
                  "req.path), res.status);" in fixed, "the whole program's fix "
                  "guards the path main.cpp hands to metrics.cpp, at that "
                  "call", fixed)
        else:
            check(fixed == original, "metrics.cpp, shared by every caller, is "
                  "left as it is", fixed)
    common.finish()


if __name__ == "__main__":
    main()
