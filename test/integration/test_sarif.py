#!/usr/bin/env python3
"""labelguard-sarif: what a finding becomes in SARIF, and its exit status.

- A hand-written clang-tidy export (Inputs/sarif/export.yaml.in, a fix-it
  that wraps the value in labelguard::route_label and inserts the include)
  becomes one result: rule metadata, a UTF-16 region, the notes as a codeFlows
  thread in order, and a SARIF fix whose replacements, applied, give exactly
  what clang-apply-replacements-19 makes of the same export.
- A fix-it on a note becomes the result's fix, described by the note.
- A real run (labelguard-tidy with modernize-use-nullptr beside the check,
  whose fix-its exist today) gives fixes that, applied, equal `-fix`.
- Exit status 0 / 1 / 2 and the errors for bad input: no compile database, a
  file not in it, a file that does not compile, a bad export, an offset
  outside the file, a bad baseline (test_sarif_malformed.py has the table of
  every malformed input).
- 1,000 generated findings (bench/sarif/gen.py): the log is laid out exactly
  as json.dumps(indent=2) lays it out, and is the same byte for byte whether
  findings are converted in this process (-j1) or in worker processes (-j2,
  -j3), with PyYAML's pure-Python parser instead of libyaml, from one merged
  export or a directory of per-file exports, or from -p with a stand-in for
  labelguard-tidy that writes those exports.
"""

import json
import os
import shutil
import sys
import urllib.parse

import common
from common import CHECK, check
import sarif_util

INPUTS = os.path.join(common.HERE, "Inputs", "sarif")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def fixture(directory, template):
    """leak.cpp and the export of `template` for it, in `directory`."""
    os.makedirs(directory, exist_ok=True)
    source = shutil.copy(os.path.join(INPUTS, "leak.cpp"), directory)
    export = os.path.join(directory, "export.yaml")
    write(export, read(os.path.join(INPUTS, template)).replace("@FILE@",
                                                               source))
    return source, export


def utf16_column(line_text, needle):
    prefix = line_text[:line_text.index(needle)]
    return len(prefix.encode("utf-16-le")) // 2 + 1


def test_export_fixture(work):
    source, export = fixture(os.path.join(work, "fixture"), "export.yaml.in")
    original = read(source)
    out = os.path.join(work, "fixture.sarif")
    rc, err, log = sarif_util.run(
        ["--from-export-fixes", export, "--source-root",
         os.path.dirname(source), "--fail-on", "none"], out)
    check(rc == 0, "fixture: exit 0 with --fail-on none", err)
    if not check(log is not None and len(sarif_util.results(log)) == 1,
                 "fixture: one result", log):
        return
    run = log["runs"][0]
    result = sarif_util.results(log)[0]
    check(log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"],
          "the log says SARIF 2.1.0")
    rules = run["tool"]["driver"]["rules"]
    rule = rules[result["ruleIndex"]]
    check(result["ruleId"] == CHECK and rule["id"] == CHECK,
          "ruleId and ruleIndex name the check", (result["ruleId"], rule))
    check(rule["helpUri"].endswith("/docs/checks/%s.md" % CHECK) and
          os.path.isfile(urllib.parse.unquote(
              rule["helpUri"][len("file://"):])),
          "helpUri is the check's page in docs/, and it exists",
          rule.get("helpUri"))
    check("route_label" in rule["help"]["text"],
          "the help text says how to fix it", rule["help"])
    page = read(os.path.join(common.source_dir(), "docs", "checks",
                             CHECK + ".md"))
    summary = " ".join(page.split("\n\n")[1].split())
    check(rule["fullDescription"]["text"] == summary,
          "fullDescription is the page's summary sentence",
          (rule["fullDescription"]["text"], summary))
    check(result["level"] == "warning" and result["message"]["text"] ==
          "metric label value comes from the raw request path; every "
          "distinct value becomes a new time series",
          "level and message are clang-tidy's", result["message"])

    where = result["locations"][0]["physicalLocation"]
    line = common.line_of(original, "requests.Add")
    line_text = original.splitlines()[line - 1]
    column = utf16_column(line_text, "req.path")
    byte_column = len(line_text[:line_text.index("req.path")].encode()) + 1
    check(column != byte_column, "the fixture's line has non-ASCII text "
          "before the value (%d bytes, %d UTF-16 units)" % (byte_column,
                                                            column))
    check(where["artifactLocation"] == {"uri": "leak.cpp",
                                        "uriBaseId": "%SRCROOT%"},
          "the location is relative to %SRCROOT%", where["artifactLocation"])
    check(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] ==
          "file://" + os.path.realpath(os.path.dirname(source)) + "/",
          "%SRCROOT% is the source root", run["originalUriBaseIds"])
    region = where["region"]
    check((region["startLine"], region["startColumn"], region["endLine"],
           region["endColumn"]) == (line, column, line, column + 8),
          "the region covers 'req.path' in UTF-16 columns", region)
    check(region.get("snippet", {}).get("text") == "req.path" and
          where["contextRegion"]["snippet"]["text"] == line_text,
          "the snippet is the value, the context its line", where)

    flow = result["codeFlows"][0]["threadFlows"][0]["locations"]
    steps = [(s["location"]["message"]["text"],
              s["location"]["physicalLocation"]["region"]["startLine"],
              s["location"]["physicalLocation"]["region"]["startColumn"])
             for s in flow]
    check(steps == [
        ("reaches the label of 'prometheus::Family::Add' here", line,
         utf16_column(line_text, "Add(")),
        ("'labelguard::route_label' needs the service's route templates "
         "registered at start-up", line, column)],
          "the notes are the codeFlows thread, in order", steps)

    fixes = result.get("fixes", [])
    if not check(len(fixes) == 1, "one fix", fixes):
        return
    changes = fixes[0]["artifactChanges"]
    check(len(changes) == 1 and changes[0]["artifactLocation"]["uri"] ==
          "leak.cpp", "the fix changes leak.cpp", changes)
    replacements = [(r["deletedRegion"]["startLine"],
                     r["deletedRegion"]["startColumn"],
                     r["deletedRegion"]["endLine"],
                     r["deletedRegion"]["endColumn"],
                     r["insertedContent"]["text"])
                    for r in changes[0]["replacements"]]
    include_line = common.line_of(original, "#include <prometheus/counter.h>")
    check(replacements == [
        (include_line, 1, include_line, 1,
         "#include <labelguard/route_guard.hpp>\n"),
        (line, column, line, column, "labelguard::route_label("),
        (line, column + 8, line, column + 8, ")")],
          "the replacements: the include, then the call around the value",
          replacements)
    fixed = sarif_util.apply_fix(original, fixes[0])

    # clang-apply-replacements on the same export, on a second copy.
    other, export2 = fixture(os.path.join(work, "applied"), "export.yaml.in")
    rc, out = common.run([common.env("CLANG_APPLY_REPLACEMENTS"),
                          os.path.dirname(other)])
    check(rc == 0, "clang-apply-replacements-19 applies the export", out)
    check(fixed == read(other), "the SARIF fix gives what "
          "clang-apply-replacements-19 gives", "SARIF:\n%s\nclang-apply-"
          "replacements:\n%s" % (fixed, read(other)))
    check('requests.Add({{"path", labelguard::route_label(req.path)}})'
          in fixed and "#include <labelguard/route_guard.hpp>\n#include "
          "<prometheus/counter.h>" in fixed, "the fixed text wraps the value "
          "and includes the guard", fixed)


def test_note_fix(work):
    source, export = fixture(os.path.join(work, "note"), "alternative.yaml.in")
    rc, err, log = sarif_util.run(
        ["--from-export-fixes", export, "--source-root",
         os.path.dirname(source), "--fail-on", "none"],
        os.path.join(work, "note.sarif"))
    fixes = sarif_util.results(log)[0].get("fixes", []) if log else []
    check(len(fixes) == 1 and fixes[0]["description"]["text"] ==
          "label with the matched route instead",
          "a note's fix-it is the result's fix, described by the note", fixes)
    if fixes:
        check("labelguard::route_label(req.path)}})" in sarif_util.apply_fix(
            read(source), fixes[0]), "the note's fix applies")


def project(directory, files, flags="-std=c++17"):
    """Writes `files` ({name: text}) and a compile database for them."""
    os.makedirs(directory, exist_ok=True)
    entries = []
    for name, text in files.items():
        path = os.path.join(directory, name)
        write(path, text)
        entries.append({"directory": directory, "file": path,
                        "command": "clang++-19 %s -c %s" % (flags, path)})
    write(os.path.join(directory, "compile_commands.json"),
          json.dumps(entries, indent=1))
    return [os.path.join(directory, n) for n in files]


def test_real_fixes(work):
    """clang-tidy's fix-its from a real run, through SARIF and back."""
    text = "int *p = 0;\nvoid f(int *q = 0);\n"
    path, = project(os.path.join(work, "nullptr"), {"np.cpp": text})
    rc, err, log = sarif_util.run(
        ["-p", os.path.dirname(path), "--clang-tidy",
         common.env("LABELGUARD_TIDY"), "--source-root",
         os.path.dirname(path),
         "--checks=-*,modernize-use-nullptr," + CHECK],
        os.path.join(work, "nullptr.sarif"))
    check(rc == 1, "findings of any rule give exit 1 (--fail-on any)", rc)
    found = sarif_util.results(log) if log else []
    check([r["ruleId"] for r in found] == ["modernize-use-nullptr"] * 2,
          "two modernize-use-nullptr results", found)
    rules = log["runs"][0]["tool"]["driver"]["rules"] if log else []
    check(sorted(r["id"] for r in rules) == sorted(
        [CHECK, "modernize-use-nullptr"]) and all(
            rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in found),
          "the rules: the check that ran and the other check", rules)
    fixed = text
    for r in reversed(found):  # the two fixes are on different lines
        fixed = sarif_util.apply_fix(fixed, r["fixes"][0])
    copy, = project(os.path.join(work, "nullptr-fix"), {"np.cpp": text})
    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p",
                          os.path.dirname(copy), "--checks=-*,"
                          "modernize-use-nullptr", "-fix", copy])
    check(fixed == read(copy) and fixed.count("nullptr") == 2,
          "applying the SARIF fixes gives what -fix gives",
          "SARIF:\n%s\n-fix:\n%s" % (fixed, read(copy)))
    check(log["runs"][0]["tool"]["driver"].get("version") ==
          common.run([common.env("LABELGUARD_TIDY"), "--version"])[1].split(
              "labelguard version ")[1].split()[0],
          "the driver's version is labelguard-tidy's")


def test_exit_status(work):
    clean, = project(os.path.join(work, "clean"),
                     {"clean.cpp": "int main() { return 0; }\n"})
    rc, err, log = sarif_util.run(
        ["-p", os.path.dirname(clean), "--clang-tidy",
         common.env("LABELGUARD_TIDY")], os.path.join(work, "clean.sarif"))
    check(rc == 0 and log and sarif_util.results(log) == [] and
          log["runs"][0]["invocations"][0]["executionSuccessful"] is True,
          "a clean project: exit 0, no results, executionSuccessful", err)

    source, export = fixture(os.path.join(work, "status"), "export.yaml.in")
    for fail_on, expected in (("any", 1), ("new", 1), ("none", 0)):
        rc, err, _ = sarif_util.run(["--from-export-fixes", export,
                                     "--fail-on", fail_on])
        check(rc == expected, "one finding, --fail-on %s: exit %d"
              % (fail_on, expected), (rc, err))

    def bad(args, message, what, output=None):
        rc, err, log = sarif_util.run(args, output)
        check(rc == 2 and message in err and "Traceback" not in err,
              what + ": exit 2 and says '%s'" % message, (rc, err))
        return log

    empty = os.path.join(work, "no-db")
    os.makedirs(empty)
    bad(["-p", empty, "--clang-tidy", common.env("LABELGUARD_TIDY")],
        "no compile database: %s/compile_commands.json does not exist"
        % empty, "no compile database")
    bad(["-p", os.path.dirname(clean), "--clang-tidy",
         common.env("LABELGUARD_TIDY"), source],
        "not in %s/compile_commands.json: %s"
        % (os.path.dirname(clean), os.path.realpath(source)),
        "a file that is not in the compile database")

    broken, = project(os.path.join(work, "broken"),
                      {"broken.cpp": "int f( { return x; }\n"})
    log = bad(["-p", os.path.dirname(broken), "--clang-tidy",
               common.env("LABELGUARD_TIDY")],
              "does not compile: %s:1:" % broken,
              "a file that does not compile",
              os.path.join(work, "broken.sarif"))
    invocation = log["runs"][0]["invocations"][0] if log else {}
    check(invocation.get("executionSuccessful") is False and any(
        "does not compile" in n["message"]["text"]
        for n in invocation.get("toolExecutionNotifications", [])),
          "its log is written, says the run failed and why", invocation)

    garbage = os.path.join(work, "garbage.yaml")
    write(garbage, "- just\n- a list\n")
    bad(["--from-export-fixes", garbage], "not a clang-tidy export",
        "an export that is not clang-tidy's")
    shifted = os.path.join(work, "shifted.yaml")
    write(shifted, read(export).replace("FileOffset:      479",
                                        "FileOffset:      99999"))
    bad(["--from-export-fixes", shifted], "offset 99999 is outside",
        "an export that does not fit the file")
    missing = os.path.join(work, "missing.yaml")
    # What clang-tidy 19 exports for a file that does not exist.
    write(missing, "---\nMainSourceFile: '/nonexistent.cpp'\nDiagnostics:\n"
          "  - DiagnosticName: clang-diagnostic-error\n"
          "    DiagnosticMessage:\n"
          "      Message: 'no such file or directory: ''/nonexistent.cpp'''\n"
          "      FilePath: ''\n      FileOffset: 0\n"
          "      Replacements: []\n    Level: Error\n"
          "    BuildDirectory: ''\n...\n")
    bad(["--from-export-fixes", missing], "clang-tidy: no such file or "
        "directory: '/nonexistent.cpp'", "an export of a missing file")
    not_sarif = os.path.join(work, "not-sarif.json")
    write(not_sarif, '{"version": "1.0"}')
    bad(["--from-export-fixes", export, "--baseline", not_sarif],
        "not a SARIF 2.1.0 log", "a baseline that is not SARIF 2.1.0")


def test_many_findings(work):
    gen = os.path.join(common.source_dir(), "bench", "sarif", "gen.py")
    root = os.path.join(work, "gen")
    rc, out = common.run([sys.executable, gen, "1000", root, "--per-file",
                          "300"])
    if not check(rc == 0, "bench/sarif/gen.py writes 1,000 findings", out):
        return
    src = os.path.join(root, "src")
    common_args = ["--source-root", src, "--fail-on", "none"]
    merged = ["--from-export-fixes", os.path.join(root, "export.yaml")]
    logs = {}
    for label, args, pure in [
            ("-j1", merged + ["-j1"], False),
            ("-j2", merged + ["-j2"], False),
            ("-j3", merged + ["-j3"], False),
            ("pure-Python YAML", merged + ["-j1"], True),
            ("per-file exports", ["--from-export-fixes",
                                  os.path.join(root, "exports")], False),
            ("-p with a stand-in for labelguard-tidy",
             ["-p", root, "--clang-tidy", os.path.join(root, "fake-tidy")],
             False)]:
        path = os.path.join(work, "gen-%d.sarif" % len(logs))
        rc, err, log = sarif_util.run(args + common_args, path,
                                      pure_yaml=pure)
        check(rc == 0 and log and len(sarif_util.results(log)) == 1000,
              "1,000 findings, %s: exit 0 and 1,000 results" % label, err)
        logs[label] = read(path) if os.path.exists(path) else ""
        if label.startswith("-p"):
            first = read(os.path.join(root, "text", "0000.txt"))
            check(first in err, "-p: the stand-in's report is passed on to "
                  "standard error", err[:2000])
    text = logs["-j1"]
    for label, other in logs.items():
        check(other == text, "1,000 findings: the log of %s is the log of "
              "-j1, byte for byte" % label)
    if text:
        check(text == json.dumps(json.loads(text), indent=2,
                                 ensure_ascii=False) + "\n",
              "the log is laid out as json.dumps(indent=2, "
              "ensure_ascii=False) lays it out")
        found = sarif_util.results(json.loads(text))
        fps = {r["partialFingerprints"]["labelguard/v1"] for r in found}
        check(len(fps) == 1000, "1,000 distinct fingerprints, identical "
              "lines told apart", len(fps))
        flows = [s["location"]["physicalLocation"]["artifactLocation"]["uri"]
                 for r in found for s in r.get("codeFlows", [{
                     "threadFlows": [{"locations": []}]}])[0][
                         "threadFlows"][0]["locations"]]
        check("http_util.hpp" in flows, "notes in the header are steps of "
              "the codeFlows")


def main():
    work = common.work_dir()
    test_export_fixture(work)
    test_note_fix(work)
    test_real_fixes(work)
    test_exit_status(work)
    test_many_findings(work)
    common.finish()


if __name__ == "__main__":
    main()
