#!/usr/bin/env python3
"""Gradual adoption: a baseline of today's findings, so CI fails only on new
ones.

On a copy of the example service: today's SARIF is the baseline; the same
code against it is all unchanged (exit 0 with --fail-on new); a new leak
added above the others makes exactly that one new (exit 1), while the old
ones, their lines shifted, stay unchanged; a leak removed is reported absent;
a log with absent results works as the next baseline.
"""

import os

import common
from common import CHECK, check
import sarif_util

# A leak of the kind the example does not have yet: a request header.
NEW_LEAK = '    searches.Add({{"agent", req.get_header_value("User-Agent")}}).Increment();\n'


def main():
    work = common.work_dir()
    src = os.path.join(work, "service")
    path = common.make_example_project(src)
    with open(path, encoding="utf-8") as f:
        original = f.read()

    def lint(name, baseline=None, fail_on="new"):
        args = ["-p", src, "--clang-tidy", common.env("LABELGUARD_TIDY"),
                "--source-root", src, "--fail-on", fail_on]
        if baseline:
            args += ["--baseline", baseline]
        out = os.path.join(work, name + ".sarif")
        rc, err, log = sarif_util.run(args, out)
        return rc, out, sarif_util.results(log) if log else []

    def states(results):
        return [r.get("baselineState") for r in results]

    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p", src,
                          "--checks=-*," + CHECK, path])
    today = len(common.tidy_findings(out))
    check(today >= 2, "the example has findings today (%d)" % today, out)

    rc, baseline, base = lint("baseline", fail_on="none")
    check(rc == 0 and len(base) == today and
          all("baselineState" not in r for r in base),
          "the baseline holds today's %d findings, unmarked" % today, rc)

    rc, _, same = lint("same", baseline)
    check(rc == 0, "unchanged code, --fail-on new: exit 0", rc)
    check(states(same) == ["unchanged"] * today,
          "unchanged code: every result is unchanged", states(same))

    # A new leak, inserted above the existing ones: they all move down.
    anchor = 'searches.Add({{"term", term}})'
    at = original.index(anchor)
    at = original.rindex("\n", 0, at) + 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(original[:at] + NEW_LEAK + original[at:])
    new_line = common.line_of(original[:at] + NEW_LEAK + original[at:],
                              "User-Agent")
    rc, _, grown = lint("grown", baseline)
    check(rc == 1, "a new leak, --fail-on new: exit 1", rc)
    new = [r for r in grown if r.get("baselineState") == "new"]
    check(len(new) == 1, "exactly one result is new", states(grown))
    if new:
        region = new[0]["locations"][0]["physicalLocation"]["region"]
        check(region["startLine"] == new_line and "a request header" in
              new[0]["message"]["text"], "the new one is the added header "
              "leak on line %d" % new_line, new[0])
    check(states(grown).count("unchanged") == today and "absent" not in
          states(grown), "the %d old findings are unchanged" % today,
          states(grown))
    by_fp = {r["partialFingerprints"]["labelguard/v1"]:
             r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in base}
    moved = [r for r in grown if r.get("baselineState") == "unchanged" and
             r["locations"][0]["physicalLocation"]["region"]["startLine"] !=
             by_fp[r["partialFingerprints"]["labelguard/v1"]]]
    check(moved, "old findings below the new line moved and still matched",
          len(moved))
    rc, _, _ = lint("grown-none", baseline, fail_on="none")
    check(rc == 0, "the same with --fail-on none: exit 0", rc)

    # A leak removed: the 404 counter's raw path becomes a constant.
    removed_text = original.replace("record_not_found(not_found, req.path);",
                                    'record_not_found(not_found, "all");')
    check(removed_text != original, "the example counts 404s by req.path")
    with open(path, "w", encoding="utf-8") as f:
        f.write(removed_text)
    rc, shrunk_log, shrunk = lint("shrunk", baseline)
    check(rc == 0, "a removed leak, --fail-on new: exit 0", rc)
    absent = [r for r in shrunk if r.get("baselineState") == "absent"]
    check(len(absent) == 1 and states(shrunk).count("unchanged") ==
          today - 1 and "new" not in states(shrunk),
          "the removed leak is absent, the others unchanged", states(shrunk))
    if absent:
        line = absent[0]["locations"][0]["physicalLocation"]["region"][
            "startLine"]
        check("record_not_found(not_found, req.path)" in
              original.splitlines()[line - 1],
              "the absent result keeps its baseline location (line %d)"
              % line)
    # The next baseline carries absent results; they are not reported again.
    rc, _, again = lint("again", shrunk_log)
    check(rc == 0 and states(again) == ["unchanged"] * (today - 1),
          "a log with absent results as the baseline: all unchanged",
          states(again))
    common.finish()


if __name__ == "__main__":
    main()
