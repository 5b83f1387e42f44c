#!/usr/bin/env python3
"""labelguard-sarif on what a whole-program driver writes (labelguard-scan,
planned: one command over the compile database, output in clang-tidy's
format, --export-fixes as clang-apply-replacements reads it).

Its findings cross translation units, so its exports and output have shapes
a single clang-tidy run rarely has:

- MainSourceFile is empty, and one export holds findings of many files;
- a finding's notes are in other files (a header, another .cpp), in its
  text output and in its export;
- a fix-it's replacements are in files other than the finding's (the value
  is wrapped, and the include added, where the request is read);
- a FilePath relative to the BuildDirectory;
- the same cross-unit finding in the export of each unit it touches;
- its text output holds bytes that are not UTF-8 (clang prints source lines
  as they are, and this one has a Latin-1 comment).

The merged export becomes one result per finding with the notes as codeFlows
steps in their own files and the fix's artifactChanges in the files it
edits; applying the fixes gives exactly what clang-apply-replacements-19
makes of the same export. Run through -p with a stand-in for the driver
(per-unit exports, its text on standard output), labelguard-sarif passes the
text on to standard error byte for byte and writes the same log.
"""

import json
import os
import shutil
import stat
import subprocess
import sys

import common
from common import CHECK, check
import sarif_util

UTIL = b"""\
// Input of test_sarif_scan.py. Never compiled.
#pragma once
#include <string>
#include <httplib.h>

inline std::string path_of(const httplib::Request &req) {
  return req.path;
}
"""
HANDLERS = b"""\
// Input of test_sarif_scan.py. Never compiled.
#include <prometheus/counter.h>
#include "util.hpp"

void count(prometheus::Family<prometheus::Counter> &f, const std::string &p) {
  f.Add({{"path", p}}).Increment();
}
"""
# A Latin-1 comment: the driver prints this line as it is.
ROUTER = b"""\
// Input of test_sarif_scan.py. Never compiled.
#include "util.hpp"
void count(prometheus::Family<prometheus::Counter> &f, const std::string &p);

void route(const httplib::Request &req,
           prometheus::Family<prometheus::Counter> &f) {
  count(f, path_of(req));
  /* caf\xe9 */ f.Add({{"agent", req.get_header_value("User-Agent")}}).Increment();
}
"""
PATH_MESSAGE = ("metric label value comes from the raw request path; every "
                "distinct value becomes a new time series")
HEADER_MESSAGE = ("metric label value comes from a request header; every "
                  "distinct value becomes a new time series")
LABEL = "reaches the label of 'prometheus::Family::Add' here"


def at(data, needle, after=b""):
    return data.index(needle, data.index(after) if after else 0)


def quote(text):
    if "\n" in text:
        return json.dumps(text)
    return "'" + text.replace("'", "''") + "'"


class Project:
    def __init__(self, root):
        self.root = root
        self.src = os.path.join(root, "src")
        self.build = os.path.join(root, "build")
        os.makedirs(self.src)
        os.makedirs(self.build)
        self.files = {}
        for name, data in (("util.hpp", UTIL), ("handlers.cpp", HANDLERS),
                           ("router.cpp", ROUTER)):
            path = os.path.join(self.src, name)
            with open(path, "wb") as f:
                f.write(data)
            self.files[name] = path
        util, handlers, router = (self.files[n] for n in (
            "util.hpp", "handlers.cpp", "router.cpp"))
        value = at(UTIL, b"req.path")
        # (file, offset, message, notes, replacements, relative?)
        self.path_leak = (handlers, at(HANDLERS, b"p}}"), 1, PATH_MESSAGE, [
            ("value read from the request here", util, value),
            ("returned from 'path_of' here", router, at(ROUTER, b"path_of(")),
            ("passed to 'count' as 'p' here", router, at(ROUTER, b"count(f")),
            (LABEL, handlers, at(HANDLERS, b"Add("))], [
            (util, at(UTIL, b"#include <string>"), 0,
             "#include <labelguard/route_guard.hpp>\n"),
            (util, value, 0, "labelguard::route_label("),
            (util, value + len(b"req.path"), 0, ")")], False)
        call = at(ROUTER, b"req.get_header_value")
        self.header_leak = (router, call, len(
            b'req.get_header_value("User-Agent")'), HEADER_MESSAGE, [
            (LABEL, router, at(ROUTER, b"Add("))], [], True)

    def diagnostic(self, finding):
        path, offset, length, message, notes, replacements, relative = \
            finding
        if relative:
            path = os.path.relpath(path, self.build)
        y = ["  - DiagnosticName:  " + CHECK,
             "    DiagnosticMessage:",
             "      Message:         " + quote(message),
             "      FilePath:        " + quote(path),
             "      FileOffset:      %d" % offset]
        if replacements:
            y.append("      Replacements:")
            for r_path, r_offset, r_length, text in replacements:
                y += ["        - FilePath:        " + quote(r_path),
                      "          Offset:          %d" % r_offset,
                      "          Length:          %d" % r_length,
                      "          ReplacementText: " + quote(text)]
        else:
            y.append("      Replacements:    []")
        y += ["      Ranges:",
              "        - FilePath:        " + quote(path),
              "          FileOffset:      %d" % offset,
              "          Length:          %d" % length,
              "    Notes:"]
        for text, n_path, n_offset in notes:
            y += ["      - Message:         " + quote(text),
                  "        FilePath:        " + quote(n_path),
                  "        FileOffset:      %d" % n_offset,
                  "        Replacements:    []"]
        y += ["    Level:           Warning",
              "    BuildDirectory:  " + quote(self.build)]
        return "\n".join(y) + "\n"

    def export(self, findings):
        return "---\nMainSourceFile:  ''\nDiagnostics:\n" + "".join(
            self.diagnostic(f) for f in findings) + "...\n"

    def printed(self, level, path, offset, message):
        """A diagnostic as clang-tidy prints it (bytes)."""
        with open(path, "rb") as f:
            data = f.read()
        start = data.rfind(b"\n", 0, offset) + 1
        line = data.count(b"\n", 0, offset) + 1
        body = data[start:data.index(b"\n", offset)]
        return b"%s:%d:%d: %s: %s\n%5d | %s\n      | %s^\n" % (
            path.encode(), line, offset - start + 1, level.encode(),
            message.encode(), line, body, b" " * (offset - start))

    def text(self, findings):
        out = b""
        for path, offset, _, message, notes, _, _ in findings:
            out += self.printed("warning", path, offset,
                                message + " [%s]" % CHECK)
            for text, n_path, n_offset in notes:
                out += self.printed("note", n_path, n_offset, text)
        return out


DRIVER = """\
#!/bin/sh
# A stand-in for labelguard-scan: for --export-fixes=X FILE it prints what
# it found from FILE's unit and writes that unit's export to X.
export=
for a in "$@"; do
  case $a in --export-fixes=*) export=${a#--export-fixes=} ;; esac
  unit=$a
done
unit=${unit##*/}
cat "@DIR@/$unit.txt"
cp "@DIR@/$unit.yaml" "$export"
"""


def edits_by_file(results):
    """Each result's first fix, as clang-apply-replacements takes the first
    fix of each diagnostic: {uri: [(start line, column, end line, column,
    text)]}."""
    edits = {}
    for r in results:
        if not r.get("fixes"):
            continue
        for change in r["fixes"][0]["artifactChanges"]:
            uri = change["artifactLocation"]["uri"]
            edits.setdefault(uri, []).extend(change["replacements"])
    return edits


def apply(path, replacements):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    return sarif_util.apply_fix(text, {"artifactChanges": [
        {"replacements": replacements}]})


def main():
    work = common.work_dir()
    project = Project(os.path.join(work, "project"))
    findings = [project.path_leak, project.header_leak]
    merged = os.path.join(work, "merged.yaml")
    with open(merged, "w", encoding="utf-8") as f:
        f.write(project.export(findings))
    common_args = ["--source-root", project.src, "--fail-on", "none"]
    out = os.path.join(work, "merged.sarif")
    rc, err, log = sarif_util.run(["--from-export-fixes", merged] +
                                  common_args, out)
    results = sarif_util.results(log) if log else []
    check(rc == 0 and len(results) == 2, "an export with MainSourceFile '' "
          "and findings of two files: exit 0, two results", err)
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"]: r for r in results}
    check(sorted(by_uri) == ["handlers.cpp", "router.cpp"],
          "each result is in its own file", sorted(by_uri))
    path_leak = by_uri.get("handlers.cpp", {})
    steps = [(s["location"]["physicalLocation"]["artifactLocation"]["uri"],
              s["location"]["physicalLocation"]["region"]["startLine"],
              s["location"]["physicalLocation"]["region"]["startColumn"],
              s["location"]["message"]["text"])
             for s in path_leak.get("codeFlows", [{"threadFlows": [{
                 "locations": []}]}])[0]["threadFlows"][0]["locations"]]
    check(steps == [
        ("util.hpp", 7, 10, "value read from the request here"),
        ("router.cpp", 7, 12, "returned from 'path_of' here"),
        ("router.cpp", 7, 3, "passed to 'count' as 'p' here"),
        ("handlers.cpp", 6, 5, LABEL)],
          "the notes in the header and in the other unit are codeFlows "
          "steps in their own files", steps)
    changes = [c["artifactLocation"]["uri"] for c in path_leak.get(
        "fixes", [{"artifactChanges": []}])[0]["artifactChanges"]]
    check(changes == ["util.hpp"], "the fix edits util.hpp, not the "
          "finding's file", changes)
    header_leak = by_uri.get("router.cpp", {})
    region = header_leak.get("locations", [{}])[0].get(
        "physicalLocation", {}).get("region", {})
    check((region.get("startLine"), region.get("startColumn"),
           region.get("snippet", {}).get("text")) ==
          (8, 31, 'req.get_header_value("User-Agent")'),
          "a FilePath relative to the BuildDirectory is found; the column "
          "counts the Latin-1 byte as one UTF-16 unit", region)

    # The same export through clang-apply-replacements, on a copy.
    copy = os.path.join(work, "applied")
    shutil.copytree(project.root, copy)
    fixes_dir = os.path.join(work, "car")
    os.makedirs(fixes_dir)
    with open(os.path.join(fixes_dir, "fixes.yaml"), "w",
              encoding="utf-8") as f:
        f.write(project.export(findings).replace(project.root, copy))
    rc, car = common.run([common.env("CLANG_APPLY_REPLACEMENTS"), fixes_dir])
    check(rc == 0, "clang-apply-replacements-19 applies the export", car)
    edits = edits_by_file(results)
    for name in ("util.hpp", "handlers.cpp", "router.cpp"):
        with open(os.path.join(copy, "src", name), encoding="utf-8",
                  errors="surrogateescape") as f:
            expected = f.read()
        fixed = apply(project.files[name], edits.get(name, []))
        check(fixed == expected, "%s: the SARIF fixes give what "
              "clang-apply-replacements-19 gives" % name,
              "SARIF:\n%s\nclang-apply-replacements:\n%s" % (fixed,
                                                             expected))

    # -p with a stand-in for the driver: each unit's export holds the
    # finding that crosses into it.
    driver_dir = os.path.join(work, "driver")
    os.makedirs(driver_dir)
    units = {"handlers.cpp": [project.path_leak],
             "router.cpp": [project.path_leak, project.header_leak]}
    text = b""
    for unit, found in units.items():
        with open(os.path.join(driver_dir, unit + ".yaml"), "w",
                  encoding="utf-8") as f:
            f.write(project.export(found))
        with open(os.path.join(driver_dir, unit + ".txt"), "wb") as f:
            f.write(project.text(found))
        text += project.text(found)
    driver = os.path.join(driver_dir, "labelguard-scan")
    with open(driver, "w", encoding="utf-8") as f:
        f.write(DRIVER.replace("@DIR@", driver_dir))
    os.chmod(driver, os.stat(driver).st_mode | stat.S_IXUSR)
    with open(os.path.join(project.build, "compile_commands.json"), "w",
              encoding="utf-8") as f:
        json.dump([{"directory": project.build, "file": project.files[u],
                    "command": "clang++-19 -c " + project.files[u]}
                   for u in units], f)
    out_p = os.path.join(work, "driver.sarif")
    argv = sarif_util.argv(["-p", project.build, "--clang-tidy", driver,
                            "-o", out_p, "-j1"] + common_args)
    print("RUN: " + " ".join(argv), flush=True)
    proc = subprocess.run(argv, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=300)
    sys.stdout.write(proc.stderr.decode("utf-8", "replace"))
    check(proc.returncode == 0, "-p with the stand-in driver: exit 0",
          proc.returncode)
    check(b"caf\xe9" in text and proc.stderr.startswith(text),
          "its text output, notes in other files and a byte that is not "
          "UTF-8 included, is passed on to standard error as it is")
    with open(merged.replace(".yaml", ".sarif"), "rb") as f:
        expected = f.read()
    got = b""
    if os.path.exists(out_p):
        with open(out_p, "rb") as f:
            got = f.read()
    check(got == expected, "the log is the merged export's, the finding in "
          "both units once")
    common.finish()


if __name__ == "__main__":
    main()
