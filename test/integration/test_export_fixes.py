#!/usr/bin/env python3
"""--export-fixes and clang-apply-replacements-19 give what --fix gives.

Two copies of the example service: one fixed in place by labelguard-tidy
--fix, the other through --export-fixes and clang-apply-replacements-19. The
results must be byte for byte the same, compile, and re-check with only the
finding that has no automatic fix.
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
    common.finish()


if __name__ == "__main__":
    main()
