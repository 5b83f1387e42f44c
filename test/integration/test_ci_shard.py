#!/usr/bin/env python3
"""docs/ci.md's sharded CI, run locally with docs/examples/labelguard-ci-shard.sh
on the compile database of test/buildsystems/example split in two, and
run-clang-tidy-19 composed with the summaries:

  1. split; each shard summarizes into a directory of its own (a CI
     artifact); one link of both; each shard reports its own sources: the
     cross-file finding is in exactly the shard that owns server/handler.cpp,
     with its note in metrics/metrics.cpp, as the unsharded labelguard-scan
     reports it;
  2. a shard run again with its summaries restored analyses nothing;
  3. run-clang-tidy-19 with labelguard-tidy and SummaryOutput (a directory)
     writes the same summaries, and with ProjectSummaries (the index) reports
     the cross-file finding per file.
"""

import os
import re
import shutil

import common
from common import CHECK, check


def main():
    work = common.work_dir()
    cmake = common.env("CMAKE")
    prefix = os.path.join(work, "prefix")
    rc, out = common.run([cmake, "--install", common.env("LABELGUARD_BINARY_DIR"),
                          "--prefix", prefix])
    if not check(rc == 0, "cmake --install succeeds", out[-2000:]):
        common.finish()
    scan = os.path.join(prefix, "bin", "labelguard-scan")
    env = {"LABELGUARD_SCAN": scan,
           "LABELGUARD_SARIF": os.path.join(prefix, "bin", "labelguard-sarif")}
    shard_sh = os.path.join(common.source_dir(), "docs", "examples",
                            "labelguard-ci-shard.sh")
    project = os.path.join(work, "project")
    shutil.copytree(os.path.join(common.source_dir(), "test", "buildsystems",
                                 "example"), project)
    build = os.path.join(work, "build")
    rc, out = common.run([cmake, "-S", project, "-B", build, "-G", "Ninja",
                          "-DCMAKE_PREFIX_PATH=" + prefix,
                          "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
                          "-DCMAKE_CXX_COMPILER=" + common.env("CXX_COMPILER")])
    if not check(rc == 0, "the example configures", out[-3000:]):
        common.finish()

    def shard(*args):
        return common.run(["bash", shard_sh] + list(args), env_extra=env)

    # The unsharded scan, for comparison.
    rc, whole = common.run([scan, "-p", build, "--summary-dir",
                            os.path.join(work, "whole-summaries"), "--index",
                            os.path.join(work, "whole.idx"), "--quiet"])
    expected = common.tidy_findings(whole)
    check(rc == 1 and len(expected) == 1, "labelguard-scan -p finds the "
          "cross-file leak", whole)

    # 1. Two shards.
    shards = os.path.join(work, "shards")
    rc, out = shard("split", build, "2", shards)
    check(rc == 0 and "shard-0: 2 sources" in out and "shard-1: 2 sources"
          in out, "split deals the 4 sources into 2 shards", out)
    merged = os.path.join(work, "all-summaries")
    os.makedirs(merged)
    for k in (0, 1):
        mine = os.path.join(work, "summaries-%d" % k)
        rc, out = shard("summarize", os.path.join(shards, "shard-%d" % k), mine)
        check(rc == 0 and len(os.listdir(mine)) == 2,
              "shard %d writes its 2 summaries" % k, out)
        for name in os.listdir(mine):  # the CI artifact, downloaded
            shutil.copy(os.path.join(mine, name), merged)
    index = os.path.join(work, "project.idx")
    rc, out = shard("link", merged, index)
    check(rc == 0 and os.path.isfile(index), "one link of all 4 summaries", out)
    found = {}
    for k in (0, 1):
        prefix_out = os.path.join(work, "report-%d" % k)
        rc, out = shard("report", index, os.path.join(shards, "shard-%d" % k),
                        prefix_out)
        findings = common.tidy_findings(out)
        found[k] = (rc, findings)
        check(all(os.path.isfile(prefix_out + ext)
                  for ext in (".txt", ".yaml", ".sarif")),
              "shard %d writes its text, export and SARIF" % k)
    owner = [k for k in (0, 1) if found[k][1]]
    check(len(owner) == 1, "the finding is in exactly one shard's report",
          found)
    if owner:
        k = owner[0]
        rc, findings = found[k]
        with open(os.path.join(shards, "shard-%d" % k,
                               "compile_commands.json")) as f:
            owns = "server/handler.cpp" in f.read()
        check(rc == 1 and owns, "the shard that owns server/handler.cpp "
              "reports it (exit 1)", found)
        check(findings == expected, "as the unsharded labelguard-scan does, "
              "notes included", (findings, expected))
        check(found[1 - k][0] == 0, "the other shard is clean (exit 0)")

    # 2. Summaries restored from the previous run: nothing analysed.
    rc, out = common.run([scan, "-p", os.path.join(shards, "shard-0"),
                          "--summary-dir", os.path.join(work, "summaries-0"),
                          "--index", os.path.join(work, "again.idx")])
    check(re.search(r"2 translation units \(0 analysed, 2 summaries reused\)",
                    out) is not None,
          "a shard re-run with its summaries restored analyses nothing", out)

    # 3. run-clang-tidy-19: summaries while checking, then the index.
    tidy_summaries = os.path.join(work, "tidy-summaries") + "/"
    os.makedirs(tidy_summaries)
    run_tidy = [common.env("RUN_CLANG_TIDY"), "-clang-tidy-binary",
                common.env("LABELGUARD_TIDY"), "-p", build, "-quiet",
                "-checks=-*," + CHECK]
    rc, out = common.run(run_tidy + [
        "-config={CheckOptions: {%s.SummaryOutput: '%s'}}"
        % (CHECK, tidy_summaries)])
    names = sorted(os.listdir(tidy_summaries))
    check(len(names) == 4 and names == sorted(os.listdir(
        os.path.join(work, "whole-summaries"))),
          "run-clang-tidy-19 with SummaryOutput: DIR/ writes one summary per "
          "unit, named as labelguard-scan names them", names)
    tidy_index = os.path.join(work, "tidy.idx")
    rc, out = common.run([scan, "link", "-o", tidy_index, tidy_summaries])
    rc, out = common.run([scan, "report", tidy_index])
    check(common.tidy_findings(out) == expected,
          "linked and reported, they give the same finding", out)
    rc, out = common.run(run_tidy + [
        "-config={CheckOptions: {%s.ProjectSummaries: '%s'}}"
        % (CHECK, tidy_index)])
    per_file = common.tidy_findings(out)
    handler = os.path.join(project, "server", "handler.cpp")
    check(any(f["file"] == handler and f["line"] == 9 and f["column"] == 28
              and any(n[0].endswith("metrics/metrics.cpp") for n in f["notes"])
              for f in per_file),
          "run-clang-tidy-19 with ProjectSummaries reports the cross-file "
          "finding in server/handler.cpp", out[-3000:])
    common.finish()


if __name__ == "__main__":
    main()
