"""Shared helpers of the integration tests.

The tests get their tools from the environment, set by CMake (see
CMakeLists.txt beside this file): LABELGUARD_TIDY, LABELGUARD_PLUGIN,
LABELGUARD_SCAN, LABELGUARD_CLANGD, STOCK_CLANG_TIDY, FILECHECK,
LABELGUARD_SOURCE_DIR, LABELGUARD_BINARY_DIR, and WORK_DIR, a directory of
the test's own.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

CHECK = "metrics-high-cardinality-label"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # test/, for lsp_client

failures = []


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit("%s is not set: run this test through ctest" % name)
    return value


def source_dir():
    return env("LABELGUARD_SOURCE_DIR")


# The example service's sources: the server and its handlers (main.cpp), and
# the request metrics they report to (metrics.h, metrics.cpp). main.cpp passes
# the raw path to metrics.cpp: a leak only the whole program shows.
EXAMPLE_SOURCES = ("main.cpp", "metrics.h", "metrics.cpp")
EXAMPLE_UNITS = ("main.cpp", "metrics.cpp")


def example_source(name):
    return os.path.join(source_dir(), "examples", "service", name)


def example_main():
    return example_source("main.cpp")


def work_dir():
    """A fresh directory for this test alone (ctest runs tests in parallel)."""
    path = env("WORK_DIR")
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def crashed(rc, out):
    """Whether a run died (a signal, LLVM's crash handler) rather than
    exiting with a status of its own."""
    return rc < 0 or "Stack dump" in out or "PLEASE submit a bug report" in out


def check(condition, what, detail=""):
    """Records a failed expectation and goes on, so one run shows them all."""
    status = "ok  " if condition else "FAIL"
    print("%s %s" % (status, what), flush=True)
    if not condition:
        if detail:
            print("     " + str(detail).replace("\n", "\n     "), flush=True)
        failures.append(what)
    return condition


def finish():
    if failures:
        print("%d expectation(s) failed" % len(failures))
        sys.exit(1)
    print("all expectations met")


def run(args, cwd=None, env_extra=None, timeout=300):
    """Runs a command and returns (exit code, stdout + stderr)."""
    print("RUN: " + " ".join(shlex.quote(a) for a in args), flush=True)
    environ = dict(os.environ)
    environ.update(env_extra or {})
    proc = subprocess.run(args, cwd=cwd, env=environ, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True,
                          timeout=timeout)
    return proc.returncode, proc.stdout


def example_compile_command(name="main.cpp"):
    """The build's compile database entry for one unit of the example."""
    db = os.path.join(env("LABELGUARD_BINARY_DIR"), "compile_commands.json")
    with open(db, encoding="utf-8") as f:
        entries = json.load(f)
    unit = os.path.realpath(example_source(name))
    for entry in entries:
        path = os.path.join(entry["directory"], entry["file"])
        if os.path.realpath(path) == unit:
            return entry
    sys.exit("%s has no entry for %s" % (db, unit))


def make_example_project(dest, name="main.cpp", text=None, db_dir=None):
    """Copies the example service into `dest` (main.cpp as `name`, with
    `text` if given; metrics.h and metrics.cpp beside it) with a compile
    database (in `db_dir`, default `dest`) that holds just its two units, so
    whole-project runs stay fast. The copy compiles with the example's own
    flags (the include paths are absolute). Returns the path of main.cpp's
    copy: a per-file run on it sees main.cpp's own findings, a
    whole-program run also the one that crosses into metrics.cpp."""
    os.makedirs(dest, exist_ok=True)
    db_dir = db_dir or dest
    os.makedirs(db_dir, exist_ok=True)
    copies = {}
    for source in EXAMPLE_SOURCES:
        copy = os.path.join(dest, name if source == "main.cpp" else source)
        with open(example_source(source), encoding="utf-8") as f:
            content = f.read()
        if source == "main.cpp" and text is not None:
            content = text
        with open(copy, "w", encoding="utf-8") as f:
            f.write(content)
        copies[source] = copy
    entries = []
    for unit in EXAMPLE_UNITS:
        path = copies[unit]
        entry = dict(example_compile_command(unit))
        original = entry["file"]
        if "arguments" in entry:
            entry["arguments"] = [path if a == original else a
                                  for a in entry["arguments"]]
        else:
            entry["command"] = entry["command"].replace(original, path)
        entry["file"] = path
        # The object file is named relative to the directory; it is never
        # built.
        entry["directory"] = db_dir
        entries.append(entry)
    with open(os.path.join(db_dir, "compile_commands.json"), "w",
              encoding="utf-8") as f:
        json.dump(entries, f, indent=1)
    return copies["main.cpp"]


def line_of(text, needle):
    """The 1-based line of the only line of `text` that contains `needle`,
    so the tests follow the example as it changes instead of pinning lines."""
    lines = [i + 1 for i, l in enumerate(text.splitlines()) if needle in l]
    if len(lines) != 1:
        sys.exit("expected one line containing %r, found %d" % (needle,
                                                                 len(lines)))
    return lines[0]


def tidy_findings(output):
    """The check's warnings in clang-tidy's output, each with its notes:
    [{"file", "line", "column", "message", "notes": [(file, line, column,
    message), ...]}]."""
    findings = []
    diag = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")
    tag = re.compile(r" \[" + re.escape(CHECK) + r"(,-warnings-as-errors)?\]$")
    current = None  # the finding that the following notes belong to
    for line in output.splitlines():
        m = diag.match(line)
        if not m:
            continue
        where = (m.group(1), int(m.group(2)), int(m.group(3)))
        if m.group(4) == "note":
            if current is not None:
                current["notes"].append(where + (m.group(5),))
        elif tag.search(m.group(5)):
            current = {"file": where[0], "line": where[1], "column": where[2],
                       "message": tag.sub("", m.group(5)), "notes": []}
            findings.append(current)
        else:
            current = None  # another check's or the compiler's diagnostic
    return findings


def use_project_index(work, project):
    """Writes the project index with labelguard-scan and points the project's
    .clang-tidy at it (docs/whole-program.md), as an editor user would;
    checks the scan wrote it."""
    index = os.path.join(project, "labelguard.idx")
    rc, out = run([env("LABELGUARD_SCAN"), "-p", project, "--index", index,
                   "--summary-dir", os.path.join(work, "summaries"),
                   "--quiet"])
    check(rc == 1 and os.path.exists(index),
          "labelguard-scan writes the project index", out)
    with open(os.path.join(project, ".clang-tidy"), "w",
              encoding="utf-8") as f:
        f.write("CheckOptions:\n  %s.ProjectSummaries: '%s'\n"
                % (CHECK, index))
