#!/usr/bin/env python3
"""labelguard-sarif on malformed input: exit 2 and one line, never a
traceback, never exit 1 (which means "findings", docs/ci.md).

A table of cases, each a bad input and the words its one line of stderr must
hold (the file's path, the field and the problem):

- the export (Inputs/sarif/export.yaml.in, one finding with notes, fix-its
  and a range): every field of clang-tidy's export schema given the wrong
  type, left out, null, huge, or nested deeply; YAML that clang-tidy never
  writes (aliases, two documents, duplicate keys, tags); bytes that are not
  UTF-8; syntax errors;
- the baseline (a log this program wrote for that export): every field it
  reads, the same ways; JSON nested too deeply; not JSON, not UTF-8;
- irregular files for each input (a directory, a FIFO, /dev/zero, a file
  larger than the documented cap, a missing file, a dangling link), and the
  source files an export names;
- output that cannot be written (-o naming a directory, a missing directory,
  /dev/full; standard output on /dev/full);
- the compile database and --clang-tidy (empty, unbalanced quotes, not a
  program), checked before anything runs.

Rows marked valid are the other side of the schema: optional fields left out
or null, huge text, deep nesting under a key clang-tidy may add one day. They
must give a log and exit 0 (with --fail-on none).

The YAML cases run twice: with PyYAML's C parser, and as if PyYAML had been
built without libyaml (its pure-Python parser).
"""

import copy
import json
import os
import re
import subprocess

import yaml

import common
from common import check
import sarif_util

INPUTS = os.path.join(common.HERE, "Inputs", "sarif")
# The documented cap on the size of each input file (docs/ci.md).
CAP = 1 << 30
# Each case gets this long; none needs more than a second or two.
TIMEOUT = 60
LINE = re.compile(r"^labelguard-sarif: error: \S.*$")


def deep(levels):
    """A list nested `levels` deep. PyYAML's and json's writers recurse, so
    it stands as a placeholder until the text is written."""
    return "@DEEP%d@" % levels


# A number with 5,000 digits (more than Python converts by default).
BIG = "@BIG@"


def expand(text):
    text = re.sub(r"['\"]?@DEEP(\d+)@['\"]?",
                  lambda m: "[" * int(m.group(1)) + "]" * int(m.group(1)),
                  text)
    return re.sub(r"['\"]?@BIG@['\"]?", "1" + "0" * 4999, text)


def write(path, data):
    if isinstance(data, str):
        data = expand(data)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return path


class Table:
    def __init__(self, work):
        self.work = work
        self.source = os.path.join(work, "leak.cpp")
        with open(os.path.join(INPUTS, "leak.cpp"), encoding="utf-8") as f:
            write(self.source, f.read())
        with open(os.path.join(INPUTS, "export.yaml.in"),
                  encoding="utf-8") as f:
            self.export_text = f.read().replace("@FILE@", self.source)
        self.export = yaml.safe_load(self.export_text)
        self.count = 0
        self.yaml_cases = []
        self.base = ["--source-root", work, "--fail-on", "none"]

    def path(self, suffix):
        self.count += 1
        return os.path.join(self.work, "case%03d%s" % (self.count, suffix))

    def expect_error(self, what, args, words, pure_yaml=False,
                     stdout=subprocess.PIPE):
        """Runs labelguard-sarif; it must exit 2 with one line that holds
        every one of `words`."""
        rc, err, _ = sarif_util.run(args, pure_yaml=pure_yaml, stdout=stdout,
                                    timeout=TIMEOUT)
        lines = [l for l in err.splitlines() if l.strip()]
        label = what + (" (pure-Python YAML)" if pure_yaml else "")
        check(rc == 2 and len(lines) == 1 and LINE.match(lines[0]) and
              all(w in lines[0] for w in words),
              "%s: exit 2 and one line saying %s" % (label, words),
              "exit %s, stderr:\n%s" % (rc, err[-3000:]))

    def expect_valid(self, what, args, results=None, pure_yaml=False):
        out = self.path(".sarif")
        rc, err, log = sarif_util.run(args + self.base, out,
                                      pure_yaml=pure_yaml, timeout=TIMEOUT)
        found = len(sarif_util.results(log)) if log else None
        check(rc == 0 and "Traceback" not in err and log is not None and
              (results is None or found == results),
              "%s: valid, a log%s and exit 0" % (
                  what + (" (pure-Python YAML)" if pure_yaml else ""),
                  "" if results is None else " with %d result(s)" % results),
              "exit %s, %s result(s), stderr:\n%s" % (rc, found, err[-3000:]))

    # The export ---------------------------------------------------------

    def export_file(self, data):
        if not isinstance(data, (str, bytes)):
            data = yaml.safe_dump(data, allow_unicode=True, width=1 << 30,
                                  sort_keys=False)
        return write(self.path(".yaml"), data)

    def bad_export(self, what, data, words):
        path = self.export_file(data)
        self.yaml_cases.append((what, path, words))
        self.expect_error(what, ["--from-export-fixes", path] + self.base,
                          [path] + words)

    def good_export(self, what, data, results=None):
        path = self.export_file(data)
        self.yaml_cases.append((what, path, results))
        self.expect_valid(what, ["--from-export-fixes", path], results)

    def mutated(self, where, value=None, delete=False):
        doc = copy.deepcopy(self.export)
        node = doc
        for key in where[:-1]:
            node = node[key]
        if delete:
            del node[where[-1]]
        else:
            node[where[-1]] = value
        return doc


def name(where):
    """A field's place as labelguard-sarif names it:
    Diagnostics[0].Notes[1].FileOffset."""
    text = ""
    for key in where:
        text += "[%d]" % key if isinstance(key, int) else (
            "." if text else "") + key
    return text


def export_fields(t):
    """Every field of the schema: wrong type, missing, null, huge, deep."""
    diag = ("Diagnostics", 0)
    main = diag + ("DiagnosticMessage",)
    note = diag + ("Notes", 1)
    rep = main + ("Replacements", 1)
    rng = main + ("Ranges", 0)
    text, offset, lst, mapping = "text", "offset", "list", "mapping"
    # (place, kind, required)
    fields = [
        (("MainSourceFile",), text, False),
        (("Diagnostics",), lst, True),
        (diag + ("DiagnosticName",), text, True),
        (diag + ("DiagnosticMessage",), mapping, True),
        (diag + ("Notes",), lst, False),
        (diag + ("Level",), "level", False),
        (diag + ("BuildDirectory",), text, False),
        (rep + ("FilePath",), text, True),
        (rep + ("Offset",), offset, True),
        (rep + ("Length",), offset, True),
        (rep + ("ReplacementText",), text, True),
        (rng + ("FilePath",), text, True),
        (rng + ("FileOffset",), offset, True),
        (rng + ("Length",), offset, True),
    ]
    for message in (main, note):
        fields += [
            (message + ("Message",), text, True),
            (message + ("FilePath",), text, False),
            (message + ("FileOffset",), offset, False),
            (message + ("Replacements",), lst, False),
        ]
    fields.append((main + ("Ranges",), lst, False))
    wrong = {
        text: [([1, 2], "a list"), ({"a": 1}, "a mapping")],
        "level": [("Fatal", "'Fatal'"), ([], "a list")],
        lst: [("text", "'text'"), (5, "'5'"), ({"a": 1}, "a mapping")],
        mapping: [("text", "'text'"), ([1], "a list")],
        offset: [("479", "the string '479'"), (479.5, "'479.5'"),
                 (-1, "'-1'"), (True, "'true'"), ([479], "a list"),
                 ({"a": 1}, "a mapping"), ("", "the string ''")],
    }
    for where, kind, required in fields:
        label = name(where)
        for value, shown in wrong[kind]:
            t.bad_export("%s is %s" % (label, shown),
                         t.mutated(where, value), [label, shown])
        t.bad_export("%s nested 10,000 deep" % label,
                     t.mutated(where, deep(10000)), [label])
        if required:
            t.bad_export("%s missing" % label, t.mutated(where, delete=True),
                         [label, "missing"])
            t.bad_export("%s null" % label, t.mutated(where, None),
                         [label, "null"])
        else:
            t.good_export("%s missing" % label,
                          t.mutated(where, delete=True))
            t.good_export("%s null" % label, t.mutated(where, None))
        if kind == offset:
            t.bad_export("%s is 10**30" % label, t.mutated(where, 10 ** 30),
                         [label])
            t.bad_export("%s is a 5,000-digit number" % label,
                         t.mutated(where, BIG), [label])
    huge = "x" * (1 << 20)
    t.good_export("a 1 MiB Message", t.mutated(main + ("Message",), huge), 1)
    t.good_export("a 1 MiB ReplacementText",
                  t.mutated(rep + ("ReplacementText",), huge), 1)
    t.good_export("a 1 MiB DiagnosticName",
                  t.mutated(diag + ("DiagnosticName",), "x" * (1 << 20)), 1)
    # Offsets past the end of the file: the old test's wording stays.
    t.bad_export("FileOffset past the end of the file",
                 t.mutated(main + ("FileOffset",), 99999),
                 ["offset 99999 is outside", t.source])
    t.bad_export("Replacement Length past the end of the file",
                 t.mutated(rep + ("Length",), 99999), ["is outside"])
    # Copies: the same object repeated would be dumped as a YAML alias.
    notes = t.mutated(diag + ("Notes",), [copy.deepcopy(t.export[
        "Diagnostics"][0]["Notes"][0]) for _ in range(5000)])
    t.good_export("5,000 notes", notes, 1)
    t.good_export("a key clang-tidy may add one day, nested 50 deep",
                  t.mutated(diag + ("Future",), deep(50)), 1)
    t.bad_export("an unknown key nested 10,000 deep",
                 t.mutated(diag + ("Future",), deep(10000)),
                 ["Diagnostics[0].Future", "deep"])


def export_documents(t):
    """The document as a whole, and YAML that clang-tidy never writes."""
    t.bad_export("the document is a list", "- just\n- a list\n",
                 ["not a clang-tidy export", "a list"])
    t.bad_export("the document is text", "hello\n",
                 ["not a clang-tidy export", "'hello'"])
    t.bad_export("a diagnostic that is text",
                 t.mutated(("Diagnostics", 0), "text"),
                 ["Diagnostics[0]", "'text'"])
    t.bad_export("a diagnostic that is null",
                 t.mutated(("Diagnostics", 0), None),
                 ["Diagnostics[0]", "null"])
    t.bad_export("a note that is a list",
                 t.mutated(("Diagnostics", 0, "Notes", 0), [1]),
                 ["Diagnostics[0].Notes[0]", "a list"])
    t.bad_export("a replacement that is text",
                 t.mutated(("Diagnostics", 0, "DiagnosticMessage",
                            "Replacements", 0), "text"),
                 ["Diagnostics[0].DiagnosticMessage.Replacements[0]"])
    t.bad_export("a mapping key that is a list", "? [a]\n: b\n",
                 ["key", "a list"])
    t.good_export("an empty file", "", 0)
    t.good_export("only a comment", "# nothing\n", 0)
    t.good_export("an empty document", "---\n...\n", 0)
    t.good_export("Diagnostics: []", "---\nMainSourceFile: ''\n"
                  "Diagnostics: []\n...\n", 0)
    text = t.export_text
    t.bad_export("two documents", text + text.split("\n", 4)[4],
                 ["more than one YAML document"])
    t.bad_export("a duplicate key", text.replace(
        "    Level:           Warning\n",
        "    Level:           Warning\n    Level:           Warning\n"),
                 ["Diagnostics[0].Level", "twice"])
    t.bad_export("an alias", text.replace(
        "      Message:         'metric",
        "      Message:         &m 'metric").replace(
            "      - Message:         'reaches", "      - Message: *m\n"
            "        Unused:          'reaches"),
                 ["alias", "*m"])
    laughs = "---\nMainSourceFile: ''\nDiagnostics:\n  - &d\n" \
             "    DiagnosticName: x\n    DiagnosticMessage: {Message: m}\n" + \
             "  - *d\n" * 1000
    t.bad_export("a billion laughs", laughs, ["alias", "*d"])
    t.bad_export("a tag that is not str, int or null",
                 text.replace("FileOffset:      465",
                              "FileOffset:      !!float 465"),
                 ["Diagnostics[0].Notes[0].FileOffset", "!!float"])
    t.good_export("an explicit !!str and !!int",
                  text.replace("FileOffset:      465",
                               "FileOffset:      !!int 465").replace(
                                   "    Level:           Warning",
                                   "    Level:           !!str Warning"), 1)
    t.bad_export("bytes that are not UTF-8",
                 text.encode().replace(b"every distinct",
                                       b"every \xff\xfe distinct"),
                 ["UTF-8"])
    t.bad_export("UTF-8 with a NUL character",
                 text.encode().replace(b"every distinct", b"every \0"),
                 ["byte"])
    t.bad_export("a tab as indentation", text.replace(
        "    Level:           Warning", "\tLevel: Warning"), ["YAML"])
    t.bad_export("an unclosed quote", text.replace(
        "...\n", "  - DiagnosticName: 'unclosed\n"), ["YAML"])
    t.bad_export("a document cut short inside a string",
                 text[:text.index("route_guard.hpp>")], ["YAML"])
    flow = "Diagnostics: []\nFuture: " + deep(200000) + "\n"
    t.bad_export("a 400 KB flow list nested 200,000 deep", flow,
                 ["Future", "deep"])


def irregular(t, option, what, extra=()):
    """The input `option` names: a directory, a FIFO, /dev/zero, a file
    larger than the cap, a missing file, a dangling link."""
    d = t.path(".d")
    os.makedirs(d)
    fifo = t.path(".fifo")
    os.mkfifo(fifo)
    big = t.path(".big")
    with open(big, "wb") as f:
        f.truncate(CAP + 1)  # sparse: nothing is written
    link = t.path(".link")
    os.symlink(os.path.join(t.work, "nowhere"), link)
    missing = os.path.join(t.work, "missing-" + what.replace(" ", "-"))
    cases = [("a FIFO", fifo, ["not a regular file"]),
             ("/dev/zero", "/dev/zero", ["not a regular file"]),
             ("a file larger than 1 GiB", big, ["larger than", "1 GiB"]),
             ("a missing file", missing, ["No such file"]),
             ("a dangling link", link, ["No such file"])]
    if option != "--from-export-fixes":  # a directory of exports is valid
        cases.insert(0, ("a directory", d, ["directory"]))
    for label, path, words in cases:
        t.expect_error("%s is %s" % (what, label),
                       list(extra) + [option, path] + t.base, [path] + words)


def baseline_cases(t):
    export = t.export_file(t.export_text)
    good = t.path(".sarif")
    rc, _, log = sarif_util.run(["--from-export-fixes", export] + t.base,
                                good)
    if not check(rc == 0 and log, "the baseline for the table is written"):
        return

    def bad(what, doc, words):
        path = t.path(".json")
        write(path, doc if isinstance(doc, (str, bytes)) else
              json.dumps(doc))
        t.expect_error("baseline: " + what, ["--from-export-fixes", export,
                                             "--baseline", path] + t.base,
                       [path] + words)

    def good_baseline(what, doc, results=None):
        path = write(t.path(".json"), json.dumps(doc))
        t.expect_valid("baseline: " + what, ["--from-export-fixes", export,
                                             "--baseline", path], results)

    def mutated(where, value=None, delete=False):
        doc = copy.deepcopy(log)
        node = doc
        for key in where[:-1]:
            node = node[key]
        if delete:
            del node[where[-1]]
        else:
            node[where[-1]] = value
        return doc

    run, result = ("runs", 0), ("runs", 0, "results", 0)
    fp = result + ("partialFingerprints",)
    wrong = [(None, "null"), (5, "the number 5"),
             ("text", "the string 'text'"), ([], "an array"),
             ({}, "an object"), (deep(500), "an array")]
    fields = [(("runs",), list), (run, dict), (run + ("results",), list),
              (result, dict), (fp, dict),
              (fp + ("labelguard/v1",), str), (result + ("ruleId",), str),
              (result + ("message",), dict),
              (result + ("message", "text"), str),
              (result + ("baselineState",), str),
              (result + ("locations",), list)]
    for where, kind in fields:
        label = name(where)
        for value, shown in wrong:
            if isinstance(value, kind) and not (kind is str and
                                                value.startswith("@DEEP")):
                continue
            what = "nested 500 deep" if value == deep(500) else shown
            bad("%s is %s" % (label, what), mutated(where, value),
                [label, shown])
    for where in [("runs",), fp + ("labelguard/v1",), result + ("ruleId",),
                  result + ("message",), result + ("message", "text")]:
        bad("%s missing" % name(where), mutated(where, delete=True),
            [name(where), "missing"])
    bad("a fingerprint that is empty", mutated(fp + ("labelguard/v1",), ""),
        [name(fp + ("labelguard/v1",)), "''"])
    bad("an unknown baselineState", mutated(result + ("baselineState",),
                                            "gone"),
        ["baselineState", "'gone'"])
    # A result gone since, whose properties are nested deeper than the
    # output may hold.
    gone = mutated(fp + ("labelguard/v1",), "0" * 64)
    gone["runs"][0]["results"][0]["properties"] = {"x": deep(200)}
    bad("an absent result nested 200 deep", gone,
        [name(result), "deep"])
    gone["runs"][0]["results"][0]["properties"] = {"x": deep(50)}
    good_baseline("an absent result nested 50 deep", gone, 2)
    good_baseline("results missing", mutated(run + ("results",),
                                             delete=True), 1)
    good_baseline("no runs", mutated(("runs",), []), 1)
    good_baseline("a run without results and one with", {
        "version": "2.1.0", "runs": [{}, log["runs"][0]]}, 1)
    bad("version 1.0", {"version": "1.0"}, ["not a SARIF 2.1.0 log"])
    bad("a list", [1, 2], ["not a SARIF 2.1.0 log"])
    bad("not JSON", "{\"version\": \"2.1.0\", runs: []}", [":1:22:",
                                                          "not JSON"])
    bad("empty", "", ["not JSON"])
    bad("JSON nested 100,000 deep", deep(100000), ["deep"])
    bad("not UTF-8", json.dumps(log).encode().replace(b"metric",
                                                      b"m\xffetric"),
        ["UTF-8"])
    bad("a 5,000-digit number", json.dumps(log).replace(
        '"startLine": 10', '"startLine": 1' + "0" * 4999), ["number"])
    irregular(t, "--baseline", "the baseline", ["--from-export-fixes",
                                                export])


def source_cases(t):
    """The source files an export names."""
    d = t.path(".d")
    os.makedirs(d)
    fifo = t.path(".fifo")
    os.mkfifo(fifo)
    for label, path, words in [
            ("a directory", d, ["not a regular file"]),
            ("a FIFO", fifo, ["not a regular file"]),
            ("/dev/zero", "/dev/zero", ["not a regular file"]),
            ("a missing file", os.path.join(t.work, "gone.cpp"),
             ["No such file"])]:
        path = t.export_file(t.export_text.replace(t.source, path))
        t.expect_error("the export names %s as the source" % label,
                       ["--from-export-fixes", path] + t.base,
                       [path] + words)
    path = t.export_file(t.export_text.replace(t.source, t.source + "\\0x")
                         .replace("'" + t.source + "\\0x'",
                                  '"' + t.source + '\\0x"'))
    t.expect_error("a source path with a NUL byte",
                   ["--from-export-fixes", path] + t.base, [path, "NUL"])


def output_cases(t):
    export = t.export_file(t.export_text)
    d = t.path(".d")
    os.makedirs(d)
    for label, out, words in [
            ("a directory", d, ["directory"]),
            ("in a missing directory", os.path.join(t.work, "no", "x.sarif"),
             ["does not exist"]),
            ("/dev/full", "/dev/full", ["No space left"])]:
        t.expect_error("-o %s" % label, ["-o", out, "--from-export-fixes",
                                         export] + t.base, [out] + words)
    with open("/dev/full", "w") as full:
        t.expect_error("standard output on /dev/full",
                       ["--from-export-fixes", export] + t.base,
                       ["standard output", "No space left"], stdout=full)
    out = t.path(".sarif")
    rc, err, _ = sarif_util.run(["-o", "/dev/null", "--from-export-fixes",
                                 export] + t.base)
    check(rc == 0 and "error" not in err, "-o /dev/null: exit 0", err)
    # A failed run leaves no log behind that CI could upload.
    t.expect_error("a bad export with -o", ["-o", out, "--from-export-fixes",
                                            t.export_file("- x\n")] + t.base,
                   ["not a clang-tidy export"])
    check(not os.path.exists(out), "a failed run leaves no log at -o")
    irregular(t, "--from-export-fixes", "the export")
    sub = t.path(".d")
    os.makedirs(os.path.join(sub, "dir.yaml"))
    t.expect_error("an export directory holding a directory named *.yaml",
                   ["--from-export-fixes", sub] + t.base,
                   [os.path.join(sub, "dir.yaml"), "not a regular file"])
    t.expect_error("--source-root that is not a directory",
                   ["--from-export-fixes", export, "--source-root",
                    export], [export, "not a directory"])


def run_cases(t):
    """-p: the compile database and the clang-tidy command."""
    project = t.path(".p")
    os.makedirs(project)
    db = os.path.join(project, "compile_commands.json")
    write(db, json.dumps([{"directory": project, "file": t.source,
                           "command": "clang++ -c " + t.source}]))
    for label, command, words in [
            ("blank", " ", ["--clang-tidy", "no program"]),
            ("an unbalanced quote", "clang-tidy 'x", ["--clang-tidy",
                                                      "quotation"]),
            ("not a program", os.path.join(t.work, "nowhere-tidy"),
             ["--clang-tidy", "nowhere-tidy", "not found"])]:
        t.expect_error("--clang-tidy %s" % label,
                       ["-p", project, "--clang-tidy", command] + t.base,
                       words)
    for label, text, words in [
            ("not JSON", "[", ["not JSON"]),
            ("an object", "{}", ["not a compile database", "a list"]),
            ("a list of numbers", "[1]", ["[0]", "an object"]),
            ("an entry without file", json.dumps([{"directory": "/"}]),
             ["[0].file", "missing"]),
            ("a file that is a list", json.dumps([{"directory": "/",
                                                   "file": []}]),
             ["[0].file", "an array"]),
            ("nested 100,000 deep", deep(100000), ["deep"]),
            ("not UTF-8", b'[{"directory": "/\xff", "file": "x"}]',
             ["UTF-8"])]:
        p = t.path(".p")
        os.makedirs(p)
        write(os.path.join(p, "compile_commands.json"), text)
        t.expect_error("a compile database that is %s" % label,
                       ["-p", p, "--clang-tidy", "true"] + t.base,
                       [os.path.join(p, "compile_commands.json")] + words)
    p = t.path(".p")
    os.makedirs(os.path.join(p, "compile_commands.json"))
    t.expect_error("a compile database that is a directory",
                   ["-p", p, "--clang-tidy", "true"] + t.base,
                   [os.path.join(p, "compile_commands.json"),
                    "not a regular file"])


def pure_yaml(t):
    """The export cases again, with PyYAML's pure-Python parser: the same
    exit status and the same words (not the parser's own wording)."""
    for what, path, expected in t.yaml_cases:
        if isinstance(expected, list):
            t.expect_error(what, ["--from-export-fixes", path] + t.base,
                           [path] + expected, pure_yaml=True)
        else:
            t.expect_valid(what, ["--from-export-fixes", path], expected,
                           pure_yaml=True)


def main():
    t = Table(common.work_dir())
    export_fields(t)
    export_documents(t)
    source_cases(t)
    output_cases(t)
    baseline_cases(t)
    run_cases(t)
    pure_yaml(t)
    common.finish()


if __name__ == "__main__":
    main()
