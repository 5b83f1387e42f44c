"""Running labelguard-sarif and reading its logs, for the SARIF tests."""

import json
import os
import shlex
import subprocess
import sys

import common


def program():
    return os.path.join(common.source_dir(), "tool", "sarif",
                        "labelguard-sarif")


def run(args, output=None):
    """Runs labelguard-sarif; returns (exit status, stderr, log or None)."""
    argv = [sys.executable, program()] + list(args)
    if output:
        argv[2:2] = ["-o", output]
    print("RUN: " + " ".join(shlex.quote(a) for a in argv), flush=True)
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, timeout=300)
    print(proc.stderr, end="")
    log = None
    if output and os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            log = json.load(f)
    elif not output and proc.stdout.strip():
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
