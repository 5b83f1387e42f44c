#!/usr/bin/env python3
"""Runs one whole-program test: several files, a generated compile database.

  check_program.py CASE_DIR WORK_DIR [--option NAME=VALUE...] [-- <compiler args>]

--option sets one of the check's options for every run (labelguard-scan's
--config and the front ends' alike).

CASE_DIR holds the test's sources. Every .cpp file is a translation unit
(headers are included by them). Expectations are written in each file, as in
the single-file tests, with the file's name in front so that notes in other
files can be expected too:

  record(family, req.path);
  // CHECK-NOTES: handler.cpp:[[@LINE-1]]:18: warning: ...
  // CHECK-NOTES: helper.cpp:5:72: note: reaches the label of ...
  // CHECK-FIXES: {{^}}  record(family, labelguard::route_label(req.path));{{$}}

A warning is expected in the file where it is reported, with all its notes
(CHECK-NOTES-SCAN: a note only labelguard-scan gives, as the registration
of routes declared in another unit);
a file with no CHECK-NOTES must get no warning at all. `// CLANGD-NONE: why`
says the editor shows nothing in that file (a header whose findings exist
only in the units that instantiate its templates). CHECK lines are
stripped from a copy (line numbers hold) and the case is run:

  1. labelguard-scan over the copy: its findings per file must match;
  2. the front end of LABELGUARD_FRONTEND (plugin, tidy, clangd, asan) on
     each unit alone, given the project index the scan wrote: the same
     findings (a header's, once, whatever number of units include it);
  3. labelguard-scan --fix: every file must match its CHECK-FIXES;
  4. a second --fix, which compiles every unit against the real guard
     header, reports no error, only the findings that had no automatic fix,
     and changes nothing.
Steps 3 and 4 involve labelguard-scan alone, so they run with the tidy
front end only.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lsp_client  # noqa: E402

CHECK = "metrics-high-cardinality-label"
DIAG = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|note|error): (?P<msg>.*)$")


def fail(msg):
    sys.exit("check_program.py: " + msg)


def run(args, **kw):
    print("RUN: " + " ".join(shlex.quote(a) for a in args), flush=True)
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)


def prepare(case, work, compiler_args):
    """Copies the case without its CHECK lines; returns the units."""
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    units = []
    for name in sorted(os.listdir(case)):
        src = os.path.join(case, name)
        if not os.path.isfile(src) or name.endswith(".test"):
            continue
        with open(src, encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(work, name), "w", encoding="utf-8") as f:
            f.write(re.sub(r"//\s*CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text))
        if name.endswith(".cpp"):
            units.append(name)
    build = os.path.join(work, "build")
    os.makedirs(build)
    db = [{"directory": build, "file": os.path.join(work, u),
           "arguments": [os.environ.get("LABELGUARD_CXX", "clang++-19")] +
           compiler_args + ["-c", os.path.join(work, u)]} for u in units]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    return units, build


def findings(text):
    """Groups clang-tidy-style output into warnings with their notes, each
    line as `file:line:col: level: message` with the file's base name."""
    groups = []
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        norm = "%s:%s:%s: %s: %s" % (os.path.basename(m.group("file")),
                                     m.group("line"), m.group("col"),
                                     m.group("level"), m.group("msg"))
        if m.group("level") == "error":
            fail("unexpected error: " + line)
        if m.group("level") == "warning":
            if not norm.endswith("[%s]" % CHECK):
                continue  # clangd's own warnings (unused includes) are not ours
            groups.append([norm])
        elif groups:
            groups[-1].append(norm)
    return groups


def check_findings(case, work, groups, what):
    """Each file's expectations against the warnings reported in it."""
    by_file = {}
    for g in groups:
        by_file.setdefault(g[0].split(":", 1)[0], []).append(g)
    names = [n for n in sorted(os.listdir(case))
             if os.path.isfile(os.path.join(case, n)) and not n.endswith(".test")]
    for name in names:
        with open(os.path.join(case, name), encoding="utf-8") as f:
            source = f.read()
        mine = by_file.pop(name, [])
        # One group per warning, in the order the runner printed them.
        out = os.path.join(work, name + "." + what + ".msg")
        with open(out, "w", encoding="utf-8") as f:
            for g in mine:
                f.write("\n".join(g) + "\n")
        expects = re.search(r"\bCHECK-NOTES:", source)
        if what.startswith("clangd") and re.search(r"\bCLANGD-NONE:", source):
            # A template's findings come from the units that instantiate it;
            # the header open in the editor instantiates nothing.
            expects = None
        if not expects:
            if mine:
                fail("%s: %s reported in %s, which expects nothing:\n%s" % (
                    what, len(mine), name, "\n".join(sum(mine, []))))
            continue
        # CHECK-NOTES-SCAN: what only the whole-program run says (the
        # routes it registers in other units).
        prefixes = "CHECK-NOTES,CHECK-NOTES-SCAN" if what == "scan" else "CHECK-NOTES"
        proc = run([os.environ.get("FILECHECK", "FileCheck-19"),
                    "-input-file=" + out, os.path.join(case, name),
                    "-check-prefixes=" + prefixes, "-strict-whitespace",
                    "-allow-unused-prefixes",
                    "-implicit-check-not={{warning|note|error}}:"])
        if proc.returncode != 0:
            print(proc.stdout)
            fail("%s: the findings of %s differ from its expectations" % (what, name))
    if by_file:
        fail("%s: findings in files the case does not have: %s" % (what, sorted(by_file)))


OPTIONS = []  # (name, value) pairs from --option


def config(extra=()):
    pairs = ["%s.%s: '%s'" % (CHECK, k, v) for k, v in OPTIONS + list(extra)]
    return "{CheckOptions: {%s}}" % ", ".join(pairs)


def scan(build, extra=()):
    args = [os.environ["LABELGUARD_SCAN"], "-p", build, "-j", "2"]
    if OPTIONS:
        args.append("--config=" + config())
    return run(args + list(extra))


def per_unit(frontend, units, work, build, compiler_args):
    """Each unit alone through the front end, with the project index."""
    index = os.path.join(build, "labelguard.idx")
    config_text = config([("ProjectSummaries", index)])
    text = ""
    if frontend == "clangd":
        client = lsp_client.Client(os.environ["LABELGUARD_CLANGD"],
                                   ["--clang-tidy", "--background-index=false",
                                    "--compile-commands-dir=" + build], cwd=work)
        lsp_client.write_project(work, None, CHECK, config_text, compiler_args)
        os.remove(os.path.join(work, "compile_flags.txt"))
        try:
            client.initialize(work)
            client.notify("initialized", {})
            # clangd publishes a file's findings only while it is open, and
            # a header's only when the header itself is open (as an editor
            # user sees them).
            headers = sorted(n for n in os.listdir(work)
                             if n.endswith((".h", ".hpp")))
            for u in units + headers:
                path = os.path.join(work, u)
                client.open(path)
                text += lsp_client.format_diagnostics(
                    path, client.diagnostics(path))
        finally:
            client.close()
        return text
    tidy = shlex.split(os.environ["LABELGUARD_TIDY_CMD"])
    for u in units:
        proc = run(tidy + ["-p", build, "--checks=-*," + CHECK, "--config=" + config_text,
                           "--header-filter=" + re.escape(work) + "/.*",
                           os.path.join(work, u)])
        if proc.returncode != 0:
            print(proc.stdout)
            fail("the front end failed on " + u)
        text += proc.stdout
    return text


def dedup(groups):
    seen, out = set(), []
    for g in groups:
        key = tuple(g)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        fail("usage: check_program.py CASE_DIR WORK_DIR [-- compiler args]")
    case, work = os.path.abspath(args[0]), os.path.abspath(args[1])
    mine = args[2:args.index("--")] if "--" in args else args[2:]
    for i, a in enumerate(mine):
        if a == "--option" and i + 1 < len(mine) and "=" in mine[i + 1]:
            OPTIONS.append(tuple(mine[i + 1].split("=", 1)))
    compiler_args = args[args.index("--") + 1:] if "--" in args else ["-std=c++17"]
    # The guard's header, for the fixed files.
    compiler_args = compiler_args + ["-I", os.environ["LABELGUARD_INCLUDE"]]
    frontend = os.environ.get("LABELGUARD_FRONTEND", "tidy")
    units, build = prepare(case, work, compiler_args)

    # 1. The whole program.
    proc = scan(build)
    print(proc.stdout)
    if proc.returncode not in (0, 1):
        fail("labelguard-scan exited %d" % proc.returncode)
    check_findings(case, work, findings(proc.stdout), "scan")

    # 2. Each unit alone, with the index.
    text = per_unit(frontend, units, work, build, compiler_args)
    print(text)
    check_findings(case, work, dedup(findings(text)), frontend + " with the index")

    if frontend != "tidy":
        # Steps 3 and 4 run labelguard-scan only, whatever the front end:
        # labelguard-tidy's run of the suite checks them once.
        return
    # 3. The fixes.
    expected_left = sum(1 for g in findings(proc.stdout)
                        if any("no automatic fix" in l for l in g))
    fixed = scan(build, ["--fix"])
    print(fixed.stdout)
    for name in sorted(os.listdir(case)):
        src = os.path.join(case, name)
        if not os.path.isfile(src) or name.endswith(".test"):
            continue
        with open(src, encoding="utf-8") as f:
            if not re.search(r"\bCHECK-FIXES:", f.read()):
                continue
        p = run([os.environ.get("FILECHECK", "FileCheck-19"),
                 "-input-file=" + os.path.join(work, name), src,
                 "-check-prefix=CHECK-FIXES", "-strict-whitespace"])
        if p.returncode != 0:
            print(p.stdout)
            fail("the fixed %s differs from its CHECK-FIXES" % name)
    # 4. Idempotent: a second --fix, which also reports what is left,
    # changes nothing.
    snapshot = {n: open(os.path.join(work, n), encoding="utf-8").read()
                for n in os.listdir(work) if os.path.isfile(os.path.join(work, n))}
    again = scan(build, ["--fix"])
    # The scan compiles every unit (the guard's real header is on the
    # include path): an error in a fixed file is reported, exit 3.
    errors = [l for l in again.stdout.splitlines() if ": error:" in l]
    if errors or again.returncode not in (0, 1):
        print(again.stdout)
        fail("the fixed units do not compile (exit %d):\n%s"
             % (again.returncode, "\n".join(errors)))
    left = findings(again.stdout)
    if len(left) != expected_left:
        print(again.stdout)
        fail("after the fixes, expected the %d finding(s) without a fix to "
             "remain, got %d" % (expected_left, len(left)))
    for n, text in snapshot.items():
        if open(os.path.join(work, n), encoding="utf-8").read() != text:
            fail("a second --fix changed " + n)

if __name__ == "__main__":
    main()
