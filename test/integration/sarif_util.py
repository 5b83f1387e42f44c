"""Running labelguard-sarif and reading its logs, for the SARIF tests."""

import json
import os
import shlex
import subprocess
import sys

import common


# Runs a Python script as if PyYAML had been built without libyaml: the
# import of yaml's C extension fails, as it does there, so `yaml` has no
# CSafeLoader and labelguard-sarif must use the pure-Python parser.
WITHOUT_LIBYAML = ("import runpy, sys; sys.modules['yaml._yaml'] = None; "
                   "sys.argv = sys.argv[1:]; "
                   "runpy.run_path(sys.argv[0], run_name='__main__')")


def program():
    """The labelguard-sarif under test: the source tree's, or the one named
    by LABELGUARD_SARIF (to run these tests against another copy)."""
    return os.environ.get("LABELGUARD_SARIF") or os.path.join(
        common.source_dir(), "tool", "sarif", "labelguard-sarif")


def argv(args, pure_yaml=False):
    if pure_yaml:
        return [sys.executable, "-c", WITHOUT_LIBYAML, program()] + list(args)
    return [sys.executable, program()] + list(args)


def run(args, output=None, pure_yaml=False, stdout=subprocess.PIPE,
        timeout=300):
    """Runs labelguard-sarif; returns (exit status, stderr, log or None).
    With pure_yaml, as if PyYAML had no libyaml. A run that takes longer
    than `timeout` seconds is killed and reported as exit status None."""
    args = list(args)
    if output:
        args[0:0] = ["-o", output]
    cmd = argv(args, pure_yaml)
    print("RUN: " + " ".join(shlex.quote(a) for a in cmd), flush=True)
    try:
        proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE,
                              universal_newlines=True, errors="replace",
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        print("killed after %d s" % timeout)
        return None, "(killed after %d s)" % timeout, None
    print(proc.stderr, end="")
    log = None
    if output and os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            log = json.load(f)
    elif not output and proc.stdout and proc.stdout.strip():
        log = json.loads(proc.stdout)
    return proc.returncode, proc.stderr, log


def results(log):
    return log["runs"][0]["results"]


def offset_of(text, line, column):
    """The index into `text` of a SARIF line and UTF-16 column."""
    lines = text.splitlines(keepends=True)
    start = sum(len(l) for l in lines[:line - 1])
    units, i = column - 1, 0
    this = lines[line - 1] if line <= len(lines) else ""
    while units > 0:
        units -= 2 if ord(this[i]) > 0xFFFF else 1
        i += 1
    return start + i


def apply_fix(text, fix):
    """Applies a SARIF fix (one artifact) to `text`. Every deletedRegion
    refers to the original text."""
    edits = []
    for change in fix["artifactChanges"]:
        for r in change["replacements"]:
            d = r["deletedRegion"]
            start = offset_of(text, d["startLine"], d["startColumn"])
            end = offset_of(text, d["endLine"], d["endColumn"])
            edits.append((start, end, r.get("insertedContent", {}).get(
                "text", "")))
    # From the end; insertions at one place keep their order.
    for start, end, inserted in reversed(sorted(edits, key=lambda e: e[0])):
        text = text[:start] + inserted + text[end:]
    return text
