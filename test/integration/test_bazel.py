#!/usr/bin/env python3
"""The Bazel aspect (bazel/labelguard.bzl) with Debian's Bazel 4.2.3, offline,
on the example test/buildsystems/example (a handler in
server/handler.cpp hands the raw path to metrics/metrics.cpp's helper):

  1. labelguard is installed into a prefix of this test's own, and the
     workspace maps @labelguard to <prefix>/share/labelguard/bazel, as
     docs/bazel-cmake.md says;
  2. `bazel build //... --aspects=... --output_groups=...` reports the leak
     at the argument with its notes across files, as text, export-fixes YAML
     and SARIF, with paths relative to the workspace;
  3. a rebuild of the unchanged tree runs no labelguard action; after
     `bazel clean`, every labelguard action comes from --disk_cache;
  4. a change to server/handler.cpp re-runs that file's summary, and the
     links and reports of the targets that depend on it, nothing else;
  5. bad input (docs/bazel-cmake.md, "Bad input"; the package bad/ and the
     repository @outside come from test/buildsystems/bad-input): a target
     with a source that does not compile, a genrule's source, a source that
     includes a file by its absolute path, above //server:handlers and a
     library of a repository outside the workspace, reports each unit's
     error naming its file, and every unit's finding, the leak across files
     of //server:handlers too, and fails with fail_on_findings; a
     labelguard_scan label of a file that is not executable, of another
     program or of no target, and an installation whose labelguard-scan is
     gone, each fail with one message;
  6. the exported fix applies with clang-apply-replacements-19; the fixed
     workspace compiles, links and reports nothing.

Which actions ran is read from --execution_log_json_file. The Bazel server
has an output base under this test's directory and is shut down at the end.
"""

import glob
import json
import os
import re
import shutil

import common
from common import check

ASPECT = "@labelguard//bazel:labelguard.bzl%labelguard_aspect"
GROUPS = "labelguard_report,labelguard_fixes,labelguard_sarif"
OURS = ("LabelguardSummarize", "LabelguardLink", "LabelguardReport")


def spawns(log):
    """The spawns of an execution log (a stream of JSON objects)."""
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


def executed(log):
    """(mnemonic, first output) of each labelguard action that ran."""
    return sorted((s["mnemonic"], sorted(s.get("listedOutputs", []))[0])
                  for s in spawns(log)
                  if s.get("mnemonic") in OURS and not s.get("remoteCacheHit"))


def main():
    work = common.work_dir()
    bazel = os.environ.get("BAZEL")
    if not bazel or bazel.endswith("-NOTFOUND"):
        check(False, "bazel is installed (Debian: bazel-bootstrap; "
              "scripts/install-deps.sh installs it)")
        common.finish()
    prefix = os.path.join(work, "prefix")
    rc, out = common.run([common.env("CMAKE"), "--install",
                          common.env("LABELGUARD_BINARY_DIR"), "--prefix",
                          prefix])
    if not check(rc == 0, "cmake --install succeeds", out[-2000:]):
        common.finish()
    repo = os.path.join(prefix, "share", "labelguard", "bazel")
    check(os.path.isfile(os.path.join(repo, "bazel", "labelguard.bzl")) and
          os.access(os.path.join(repo, "bazel", "labelguard-scan"), os.X_OK),
          "the Bazel repository is installed with labelguard-scan beside "
          "the aspect")

    ws = os.path.join(work, "ws")
    shutil.copytree(os.path.join(common.source_dir(), "test",
                                 "buildsystems", "example"), ws)
    with open(os.path.join(ws, "WORKSPACE.in"), encoding="utf-8") as f:
        text = f.read()
    text = (text.replace("@SHIMS@", os.path.join(prefix, "share", "labelguard",
                                                  "bazel-shims"))
            .replace("@LABELGUARD_PREFIX@", prefix))
    # A repository outside the workspace, for the bad input (5); mapped
    # from the start, so that no WORKSPACE change re-runs anything later.
    bad_input = os.path.join(common.source_dir(), "test", "buildsystems",
                             "bad-input")
    outside = os.path.join(work, "outside")
    shutil.copytree(os.path.join(bad_input, "outside"), outside)
    text += ('\n# The bad input of test_bazel.py: a repository outside the '
             'workspace.\nlocal_repository(name = "outside", path = "%s")\n'
             % outside)
    with open(os.path.join(ws, "WORKSPACE"), "w", encoding="utf-8") as f:
        f.write(text)

    startup = [bazel, "--output_user_root=" + os.path.join(work, "root"),
               "--output_base=" + os.path.join(work, "output-base"),
               "--max_idle_secs=60"]
    # processwrapper-sandbox: Debian's linux-sandbox prints its debug log
    # into every action's output. No network: --disk_cache is a directory.
    common_flags = ["--spawn_strategy=processwrapper-sandbox",
                    "--disk_cache=" + os.path.join(work, "disk-cache"),
                    "--color=no", "--curses=no", "--show_timestamps=no"]
    logs = iter(range(1, 100))

    def build(*args, groups=GROUPS, targets=("//...",)):
        log = os.path.join(work, "exec-%d.json" % next(logs))
        rc, out = common.run(startup + ["build"] + common_flags + [
            "--aspects=" + ASPECT, "--output_groups=" + groups,
            "--execution_log_json_file=" + log] + list(args) + ["--"] +
            list(targets), cwd=ws, timeout=600)
        return rc, out, log

    try:
        scenario(work, ws, startup, build)
    finally:
        common.run(startup + ["shutdown"], cwd=ws)
    common.finish()


def scenario(work, ws, startup, build):
    bin_dir = os.path.join(ws, "bazel-bin")
    # 2. The cold build reports the leak.
    rc, out, log = build()
    if not check(rc == 0, "the aspect's build succeeds", out[-4000:]):
        return
    ran = executed(log)
    check(sum(m == "LabelguardSummarize" for m, _ in ran) == 4,
          "one summary per C++ source (4)", ran)
    with open(os.path.join(bin_dir, "server", "server.labelguard.txt"),
              encoding="utf-8") as f:
        report = f.read()
    found = common.tidy_findings(report)
    check(len(found) == 1, "//server:server's report has one finding",
          report)
    if found:
        f0 = found[0]
        check((f0["file"], f0["line"], f0["column"]) ==
              ("server/handler.cpp", 9, 28) and
              "raw request path" in f0["message"],
              "at the argument in server/handler.cpp:9:28, with a "
              "workspace-relative path", f0)
        notes = [(n[0], n[1], n[3]) for n in f0["notes"]]
        check(("server/handler.cpp", 9,
               "passed to 'record_request' as 'path' here") in notes and
              ("metrics/metrics.cpp", 5,
               "reaches the label of 'prometheus::Family::Add' here")
              in notes, "its notes cross into metrics/metrics.cpp", notes)
    check("server/handler.cpp:9:28: warning:" in out,
          "Bazel shows the finding in the build's output")
    with open(os.path.join(bin_dir, "metrics",
                           "metrics.labelguard.txt"),
              encoding="utf-8") as f:
        check(f.read() == "", "//metrics alone has nothing to report")
    with open(os.path.join(bin_dir, "server", "server.labelguard.sarif"),
              encoding="utf-8") as f:
        sarif = json.load(f)
    results = sarif["runs"][0]["results"]
    uris = sorted({loc["location"]["physicalLocation"]["artifactLocation"]
                   ["uri"] for r in results for flow in r.get(
                       "codeFlows", []) for t in flow["threadFlows"]
                   for loc in t["locations"]})
    # main.cpp: the note on the routes the fix registers where they are
    # declared.
    check(len(results) == 1 and uris == ["metrics/metrics.cpp",
                                         "server/handler.cpp",
                                         "server/main.cpp"],
          "the SARIF log has the result, its flow across the files, "
          "relative to %SRCROOT%", uris)
    check(ws not in json.dumps(sarif) and "sandbox" not in json.dumps(
        sarif), "no machine path in the SARIF log")
    with open(os.path.join(bin_dir, "server", "server.labelguard.yaml"),
              encoding="utf-8") as f:
        fixes = f.read()
    check("FilePath:        'server/handler.cpp'" in fixes and
          "labelguard::route_label(" in fixes,
          "the export names server/handler.cpp relative and holds the fix")
    summary = os.path.join(bin_dir, "server", "_labelguard", "handlers",
                           "server", "handler.cpp.lgs")
    with open(summary, encoding="utf-8") as f:
        text = f.read()
    check(ws not in text and work not in text,
          "summaries hold no path of this machine's workspace or output "
          "base")

    # 3. Nothing changed: no labelguard action; after a clean, all of
    # them from the disk cache.
    rc, out, log = build()
    check(rc == 0 and executed(log) == [] and not any(
        s.get("mnemonic") in OURS for s in spawns(log)),
          "a rebuild of the unchanged tree runs no labelguard action",
          executed(log))
    rc, out = common.run(startup + ["clean"], cwd=ws)
    check(rc == 0, "bazel clean", out[-2000:])
    rc, out, log = build()
    ours = [s for s in spawns(log) if s.get("mnemonic") in OURS]
    check(rc == 0 and len(ours) == 10 and executed(log) == [],
          "after bazel clean, all 10 labelguard actions are disk cache "
          "hits and none runs", executed(log))
    check(re.search(r"processes: 10 remote cache hit", out) is not None,
          "Bazel's processes line says 10 remote cache hits",
          out[-1500:])

    # 4. One changed source: its summary, and the links and reports of
    # the targets that depend on it.
    with open(os.path.join(ws, "server", "handler.cpp"), "a",
              encoding="utf-8") as f:
        f.write("// changed\n")
    rc, out, log = build()
    want = [("LabelguardLink", "server/_labelguard/handlers.idx"),
            ("LabelguardLink", "server/_labelguard/server.idx"),
            ("LabelguardReport", "server/handlers.labelguard.sarif"),
            ("LabelguardReport", "server/server.labelguard.sarif"),
            ("LabelguardSummarize",
             "server/_labelguard/handlers/server/handler.cpp.lgs")]
    got = [(m, o.split("/bin/", 1)[-1]) for m, o in executed(log)]
    check(rc == 0 and got == want,
          "a change to server/handler.cpp re-runs its summary and the "
          "links and reports of //server:handlers and //server:server "
          "only", got)

    # 5. Bad input.
    bad(work, ws, build)

    # 6. The exported fix, applied by clang-apply-replacements-19 from
    # the workspace root (the export's paths are relative to it). Both
    # targets' exports hold the same fix: it is applied once.
    fixes_dir = os.path.join(work, "fixes")
    os.makedirs(fixes_dir)
    for target in ("handlers", "server"):
        shutil.copy(os.path.join(bin_dir, "server",
                                 target + ".labelguard.yaml"),
                    os.path.join(fixes_dir, target + ".yaml"))
    rc, out = common.run([common.env("CLANG_APPLY_REPLACEMENTS"),
                          fixes_dir], cwd=ws)
    check(rc == 0, "clang-apply-replacements-19 applies the fix", out)
    with open(os.path.join(ws, "server", "handler.cpp"),
              encoding="utf-8") as f:
        fixed = f.read()
    check("record_request(requests, labelguard::route_label(req.path));"
          in fixed and fixed.count(
              "#include <labelguard/route_guard.hpp>") == 1,
          "handler.cpp guards the argument and includes the guard once",
          fixed)
    with open(os.path.join(ws, "metrics", "metrics.cpp"),
              encoding="utf-8") as f, open(os.path.join(
                  common.source_dir(), "test", "buildsystems", "example",
                  "metrics", "metrics.cpp"), encoding="utf-8") as g:
        check(f.read() == g.read(), "the shared helper is left as it was")
    rc, out, log = build(groups="default," + GROUPS)
    check(rc == 0, "the fixed workspace compiles and links", out[-4000:])
    check(os.access(os.path.join(bin_dir, "server", "server"), os.X_OK),
          "//server:server is built")
    reports = [r for r in glob.glob(os.path.join(bin_dir, "*",
                                                 "*.labelguard.txt"))
               if not r.startswith(os.path.join(bin_dir, "bad", ""))]
    texts = {os.path.relpath(r, bin_dir): open(r, encoding="utf-8").read()
             for r in reports}
    check(len(texts) == 3 and all(t == "" for t in texts.values()),
          "and every report is empty", texts)
    check("[metrics-high-cardinality-label]" not in out,
          "the build prints no finding", out[-3000:])


def bad(work, ws, build):
    bad_input = os.path.join(common.source_dir(), "test", "buildsystems",
                             "bad-input")
    shutil.copytree(os.path.join(bad_input, "bad"), os.path.join(ws, "bad"))
    outside_h = os.path.join(work, "outside", "absolute.h")
    with open(outside_h, "w", encoding="utf-8") as f:
        f.write("#pragma once\ninline int absolute() { return 1; }\n")
    with open(os.path.join(ws, "bad", "absolute.cpp"), "w",
              encoding="utf-8") as f:
        f.write('#include "%s"\n\nint uses_absolute() { return absolute(); }\n'
                % outside_h)
    rc, out, log = build(targets=["//bad"])
    check(rc == 0, "the aspect's build of //bad succeeds (a unit that does "
          "not compile is reported, not a failed action)", out[-5000:])
    ran = sorted(o.split("/bin/", 1)[-1] for m, o in executed(log)
                 if m == "LabelguardSummarize")
    check(ran == ["bad/_labelguard/bad/bad/absolute.cpp.lgs",
                  "bad/_labelguard/bad/bad/broken.cpp.lgs",
                  "bad/_labelguard/bad/bad/generated.cpp.lgs",
                  "external/outside/_labelguard/outside/external/outside/"
                  "outside.cpp.lgs"],
          "the genrule's source and the outside repository's are "
          "summarized, the units of //server and //metrics are not again",
          ran)
    with open(os.path.join(ws, "bad", "broken.cpp"), encoding="utf-8") as f:
        error_line = common.line_of(f.read(), "undeclared_in_broken_cpp")
    error = re.compile(r"^bad/broken\.cpp:%d:\d+: error: use of undeclared "
                       r"identifier 'undeclared_in_broken_cpp'" % error_line,
                       re.M)
    check("INFO: From labelguard: summarizing bad/broken.cpp:" in out and
          error.search(out) is not None,
          "broken.cpp's summary action shows the compiler's error", out[-5000:])
    undeclared = ("bad/absolute.cpp: error: undeclared inclusion in rule "
                  "'//bad:bad': '%s' is not a declared input" % outside_h)
    check(undeclared in out, "absolute.cpp's summary action says it read an "
          "undeclared file, as Bazel's compile would", out[-5000:])
    with open(os.path.join(ws, "bazel-bin", "bad", "bad.labelguard.txt"),
              encoding="utf-8") as f:
        report = f.read()
    lines = report.splitlines()
    first = lines[:2]
    check(len(lines) > 2 and any(error.match(l) for l in first) and
          any(l.startswith(undeclared) for l in first),
          "the report names both errors first", report)
    found = sorted((f["file"], f["message"].split(";")[0])
                   for f in common.tidy_findings(report))
    label = "metric label value comes from "
    want = sorted([
        ("server/handler.cpp", label + "the raw request path"),
        ("bad/broken.cpp", label + "a request header"),
        ("bazel-out/k8-fastbuild/bin/bad/generated.cpp",
         label + "the raw request path"),
        ("bad/leaky.h", label + "the client address"),
        ("external/outside/outside.cpp", label + "a request query parameter")])
    check(found == want, "every unit's finding is reported: the leak across "
          "files of //server:handlers, the well-formed part of broken.cpp, "
          "the genrule's source, its header, the outside repository's "
          "source", found)

    # The gate fails on it, saying why; only the report actions run again.
    rc, out, log = build("--@labelguard//bazel:fail_on_findings=true",
                         targets=["//bad"])
    check(rc != 0 and "labelguard: error: units that do not compile (their "
          "errors, and any findings, are in bazel-out/k8-fastbuild/bin/bad/"
          "bad.labelguard.txt)" in out and error.search(out) is not None,
          "with fail_on_findings, //bad's report fails on the unit that does "
          "not compile, with its error", out[-3000:])
    check(sorted({m for m, _ in executed(log)}) == ["LabelguardReport"],
          "and no summary runs again", executed(log))

    # labelguard-scan itself, wrong. (A label flag's new value is a new
    # configuration: these re-analyse, and fail at the first action.)
    rc, out, _ = build("--@labelguard//bazel:labelguard_scan=//bad:broken.cpp",
                       targets=["//bad"])
    check(rc != 0 and "labelguard: error: labelguard-scan 'bad/broken.cpp' "
          "is not executable (set --@labelguard//bazel:labelguard_scan" in out,
          "a labelguard_scan of a file that is not executable fails with one "
          "message naming it", out[-3000:])
    # Another program: it runs, and writes no summary.
    rc, out, _ = build(
        "--@labelguard//bazel:labelguard_scan=//bad:other-program.sh",
        targets=["//bad"])
    check(rc != 0 and "not labelguard-scan" in out and re.search(
        r"labelguard: error: cannot summarize \S+ \(labelguard-scan exited "
        r"with 0\)", out) is not None,
          "a labelguard_scan of another program fails with what it printed "
          "and one message", out[-3000:])
    rc, out, _ = build("--@labelguard//bazel:labelguard_scan=//bad:nope",
                       targets=["//bad"])
    check(rc != 0 and "no such target '//bad:nope'" in out,
          "a labelguard_scan of no target is Bazel's own error", out[-3000:])
    # The installation's labelguard-scan gone: the link beside the aspect
    # dangles.
    program = os.path.join(work, "prefix", "bin", "labelguard-scan")
    os.rename(program, program + ".away")
    try:
        with open(os.path.join(ws, "bad", "broken.cpp"), "a",
                  encoding="utf-8") as f:
            f.write("// changed\n")
        rc, out, _ = build(targets=["//bad"])
    finally:
        os.rename(program + ".away", program)
    check(rc != 0 and "missing input file 'external/labelguard/bazel/"
          "labelguard-scan', owner: '@labelguard//bazel:labelguard-scan'"
          in out, "a dangling installation link is Bazel's own missing "
          "input error, naming it", out[-3000:])


if __name__ == "__main__":
    main()
