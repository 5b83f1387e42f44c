#!/usr/bin/env python3
"""Whole-project runs with run-clang-tidy-19 over a compile database, in both
documented forms:

  run-clang-tidy-19 -clang-tidy-binary labelguard-tidy -p BUILD ...
  run-clang-tidy-19 -clang-tidy-binary clang-tidy-19 -load labelguard-plugin.so -p BUILD ...

on a compile database holding only a copy of the example service (fast). Each
must report what labelguard-tidy reports on the file itself, exit 0 without
and 1 with -warnings-as-errors, and its -export-fixes (a directory of exports, or
one merged file) must turn into a SARIF log of the same findings with labelguard-sarif --from-export-fixes.
"""

import os

import common
from common import CHECK, check
import sarif_util


def findings(output):
    return sorted((os.path.basename(f["file"]), f["line"], f["column"],
                   f["message"]) for f in common.tidy_findings(output))


def main():
    work = common.work_dir()
    project = os.path.join(work, "project")
    path = common.make_example_project(project)
    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p", project,
                          "--checks=-*," + CHECK, path])
    expected = findings(out)
    check(rc == 0 and expected, "labelguard-tidy on the file: the reference "
          "(%d findings)" % len(expected), out)

    forms = {
        "labelguard-tidy": ["-clang-tidy-binary",
                            common.env("LABELGUARD_TIDY")],
        "clang-tidy-19 -load": ["-clang-tidy-binary",
                                common.env("STOCK_CLANG_TIDY"), "-load",
                                common.env("LABELGUARD_PLUGIN")],
    }
    for name, form in forms.items():
        base = [common.env("RUN_CLANG_TIDY")] + form + [
            "-p", project, "-checks=-*," + CHECK, "-quiet"]
        rc, out = common.run(base)
        check(rc == 0, "%s: exit 0 with findings as warnings" % name, out)
        check(findings(out) == expected, "%s: the findings are "
              "labelguard-tidy's" % name, out)

        rc, out = common.run(base + ["-warnings-as-errors=metrics-*"])
        check(rc == 1 and findings(out) == expected,
              "%s -warnings-as-errors=metrics-*: exit 1 with the same "
              "findings" % name, out)

        # A path ending in "/" is a directory of one export per file; any
        # other path, one merged file. Each form is tried with one of them.
        if name == "labelguard-tidy":
            exports = os.path.join(work, "fixes") + os.sep
        else:
            exports = os.path.join(work, "fixes.yaml")
        rc, out = common.run(base + ["-export-fixes", exports])
        check(rc == 0 and os.path.exists(exports), "%s -export-fixes %s "
              "writes the exports" % (name, exports), out)
        rc, err, log = sarif_util.run(
            ["--from-export-fixes", exports, "--source-root", project],
            os.path.join(work, name.split()[0] + ".sarif"))
        got = sorted((r["locations"][0]["physicalLocation"][
            "artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["message"]["text"]) for r in sarif_util.results(log)) \
            if log else None
        check(rc == 1 and got == expected, "%s: labelguard-sarif turns the "
              "exports into the same findings (exit 1)" % name,
              "%s\n%s" % (got, expected))
    common.finish()


if __name__ == "__main__":
    main()
