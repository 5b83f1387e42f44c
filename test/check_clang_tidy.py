#!/usr/bin/env python3
"""Runs one clang-tidy check on one annotated test file and checks the result.

In the manner of LLVM's clang-tools-extra/test/clang-tidy/check_clang_tidy.py:

  check_clang_tidy.py [options] <input.cpp> <check-name> <temp-file> \
      [-- <extra clang-tidy args>] [-- <compiler args>]

The CHECK-MESSAGES / CHECK-NOTES / CHECK-FIXES lines (with an optional
-SUFFIX per -check-suffix) are stripped from a copy, so line numbers hold; the
check runs alone with -fix on that copy; FileCheck then verifies the messages
(any warning or error nobody expected fails), the notes (any unexpected note
fails too) and the fixed file. A file with no CHECK-MESSAGES or CHECK-NOTES
must produce no diagnostic at all.

The front end comes from the LABELGUARD_FRONTEND environment variable:
  plugin  stock clang-tidy-19 --load=<labelguard-plugin.so>
  tidy    labelguard-tidy
  clangd  labelguard-clangd over JSON-RPC (messages and notes only; fixes are
          checked through code actions by the editor tests)
  asan    labelguard-tidy-asan
Every front end's fixed file is matched against CHECK-FIXES; labelguard-tidy's
is also compiled and checked again.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lsp_client  # noqa: E402


def fail(msg):
    sys.exit("check_clang_tidy.py: " + msg)


def run(args, **kw):
    print("RUN: " + " ".join(shlex.quote(a) for a in args), flush=True)
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)


def filecheck(input_file, check_file, prefixes, extra=()):
    proc = run([os.environ.get("FILECHECK", "FileCheck-19"),
                "-input-file=" + input_file, check_file,
                "-check-prefixes=" + ",".join(prefixes),
                "-strict-whitespace"] + list(extra))
    if proc.returncode != 0:
        print(proc.stdout)
        fail("FileCheck failed for " + ",".join(prefixes))


def split_args(rest):
    """Splits '[-- tidy args] [-- compiler args]' the way LLVM's runner does."""
    if "--" not in rest:
        return [], ["-std=c++17"]
    i = rest.index("--")
    before, after = rest[:i], rest[i + 1:]
    if before:
        fail("unexpected arguments before '--': %s" % before)
    if "--" in after:
        j = after.index("--")
        return after[:j], after[j + 1:]
    return [], after


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-check-suffix", "-check-suffixes", default="",
                    type=lambda s: [x for x in s.split(",") if x])
    ap.add_argument("-config", default=None,
                    help="clang-tidy --config (CheckOptions for the check)")
    ap.add_argument("-expect-clang-tidy-error", action="store_true")
    ap.add_argument("-no-compile-fixed", action="store_true",
                    help="do not compile the fixed file (for inputs that do "
                         "not compile in the first place)")
    ap.add_argument("input")
    ap.add_argument("check")
    ap.add_argument("temp_file")
    args, rest = ap.parse_known_args()
    tidy_extra, compiler_args = split_args(rest)
    frontend = os.environ.get("LABELGUARD_FRONTEND", "tidy")

    suffixes = args.check_suffix or [""]
    def prefixes(kind):
        return ["CHECK-%s%s" % (kind, "-" + s if s else "") for s in suffixes]
    msg_prefixes, note_prefixes, fix_prefixes = (
        prefixes("MESSAGES"), prefixes("NOTES"), prefixes("FIXES"))

    with open(args.input, encoding="utf-8") as f:
        source = f.read()
    def has(pfx):
        return any(re.search(r"\b%s:" % re.escape(p), source) for p in pfx)
    has_messages, has_notes, has_fixes = (
        has(msg_prefixes), has(note_prefixes), has(fix_prefixes))
    if has_messages and has_notes:
        fail("use CHECK-MESSAGES or CHECK-NOTES for a suffix, not both")

    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", source)
    # The extension tells the driver the language; lit's %t has none of use.
    temp = args.temp_file + os.path.splitext(args.input)[1]
    os.makedirs(os.path.dirname(os.path.abspath(temp)), exist_ok=True)
    with open(temp, "w", encoding="utf-8") as f:
        f.write(cleaned)
    with open(temp + ".orig", "w", encoding="utf-8") as f:
        f.write(cleaned)

    config = args.config or "{}"
    if frontend == "clangd":
        output = lsp_client.diagnostics_as_text(
            os.environ["LABELGUARD_CLANGD"], temp, args.check, config,
            compiler_args)
        rc = 0
    else:
        tidy = shlex.split(os.environ["LABELGUARD_TIDY_CMD"])
        proc = run(tidy + [temp, "-fix", "--checks=-*," + args.check,
                           "--config=" + config] + tidy_extra + ["--"] +
                   compiler_args)
        output, rc = proc.stdout, proc.returncode
    print("------------------------ front-end output ----------------------")
    print(output)
    print("----------------------------------------------------------------")
    if rc != 0 and not args.expect_clang_tidy_error:
        fail("clang-tidy exited %d" % rc)
    if args.expect_clang_tidy_error and "error:" not in output:
        fail("expected a clang-tidy error")

    output_lines = [l for l in output.splitlines()
                    if "note: FIX-IT applied" not in l]
    out_file = temp + ".msg"
    with open(out_file, "w", encoding="utf-8") as f:
        f.write("\n".join(output_lines) + "\n")

    if frontend != "clangd" and has_fixes:
        filecheck(temp, args.input, fix_prefixes)
    if has_messages:
        filecheck(out_file, args.input, msg_prefixes,
                  ["-implicit-check-not={{warning|error}}:"])
    elif has_notes:
        filecheck(out_file, args.input, note_prefixes,
                  ["-implicit-check-not={{note|warning|error}}:"])
    elif not args.expect_clang_tidy_error:
        stray = [l for l in output_lines
                 if re.search(r": (warning|error|note):", l)]
        if stray:
            fail("expected no diagnostics, got:\n" + "\n".join(stray))

    # Every fix must compile, against the real guard header, and leave the
    # check silent but for the findings that had no automatic fix. The
    # re-check is that compile: clang-tidy runs the compiler's front end on
    # the fixed file and reports any error in it (a separate
    # clang++ -fsyntax-only would parse the same text a third time). The
    # fixed text was matched against CHECK-FIXES above on every front end;
    # whether it compiles and checks clean does not depend on which front end
    # wrote it, so labelguard-tidy's run alone proves it (CI time: the plugin
    # and the sanitizer lane would parse every fixed file again).
    with open(temp, encoding="utf-8") as f:
        fixed_text = f.read()
    changed = fixed_text != cleaned
    if (frontend == "tidy" and changed and not args.no_compile_fixed and
            not args.expect_clang_tidy_error):
        fixed_count = count_fixed_warnings(output.splitlines())
        total = sum(1 for l in output_lines if ": warning:" in l)
        include = ["-I", os.environ["LABELGUARD_INCLUDE"]]
        proc = run(tidy + [temp, "--checks=-*," + args.check,
                           "--config=" + config] + tidy_extra + ["--"] +
                   compiler_args + include)
        errors = [l for l in proc.stdout.splitlines() if ": error:" in l]
        if errors:
            print(proc.stdout)
            fail("the fixed file does not compile:\n" + "\n".join(errors))
        again = [l for l in proc.stdout.splitlines() if ": warning:" in l]
        if proc.returncode != 0 or len(again) != total - fixed_count:
            print(proc.stdout)
            fail("after the fixes, expected the %d unfixable finding(s) to "
                 "remain, got %d" % (total - fixed_count, len(again)))


def count_fixed_warnings(lines):
    """Warnings followed (before the next warning) by a FIX-IT note, or by
    the note that another warning's fix (the same edit) covers them."""
    fixed, current = 0, False
    for line in lines + [": warning:"]:
        if ": warning:" in line:
            fixed += current
            current = False
        elif ("note: FIX-IT applied" in line or
              "guards this value too: it is read at the same place" in line):
            current = True
    return fixed


if __name__ == "__main__":
    main()
