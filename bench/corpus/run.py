#!/usr/bin/env python3
"""Recall and precision of metrics-high-cardinality-label on the labelled corpus.

A benchmark: it prints figures and exits 0. It exits 2 when a corpus file does
not compile (that invalidates the measurement), and 1 when --min-recall or
--min-precision is given and not met. See README.md beside this file for the
labelling rules.

Usage: bench/corpus/run.py [path/to/labelguard-tidy] [options]
       bench/corpus/run.py --cases bench/corpus/heldout
       bench/corpus/run.py --multi bench/corpus/heldout-multi
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CHECK = "metrics-high-cardinality-label"

KINDS = ("path", "target", "query", "pathparam", "header", "address", "body",
         "cookie")

# The <what> of the check's messages (docs/checks/...md), in the kind words.
MESSAGE_KINDS = (
    ("the raw request path", "path"),
    ("the raw request target", "target"),
    ("a request query parameter", "query"),
    ("a request path parameter", "pathparam"),
    ("a request header", "header"),
    ("the client address", "address"),
    ("the request body", "body"),
    ("a request cookie", "cookie"),
    ("the request method", "method"),
)

# Flags every corpus file is compiled with. The stub headers are searched
# *after* the system directories, so the real Debian headers (cpp-httplib,
# prometheus-cpp, Beast, POCO, cpprestsdk, Pistache, CivetWeb, Abseil) win
# and the stubs only supply the frameworks Debian does not package.
BASE_FLAGS = [
    "-std=c++17",
    "-I", os.path.join(ROOT, "include"),
    "-idirafter", os.path.join(ROOT, "test", "checkers", "Inputs"),
]

HEADER_RE = re.compile(r"//\s*corpus:\s*(.*)$")
FLAGS_RE = re.compile(r"//\s*corpus-flags:\s*(.*)$")
# `// LEAK: path` / `// LEAK: path, header shape=helper-param -- why`
LEAK_RE = re.compile(r"//\s*LEAK:\s*([^\n]*)$")
SAFE_RE = re.compile(r"//\s*SAFE\b([^\n]*)$")
DIAG_RE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<sev>warning|error|fatal error): (?P<msg>.*?)(?: \[(?P<name>[^\]]+)\])?$")


class CorpusError(Exception):
    pass


def parse_attrs(text, where):
    """`path, header shape=x -- note` -> (['path', 'header'], {'shape': 'x'})."""
    text = text.split(" -- ", 1)[0].strip()
    kinds, attrs = [], {}
    for tok in re.split(r"[\s,]+", text):
        if not tok:
            continue
        if "=" in tok:
            k, v = tok.split("=", 1)
            attrs[k] = v
        else:
            kinds.append(tok)
    for k in kinds:
        if k not in KINDS:
            raise CorpusError("%s: unknown kind %r (kinds: %s)" %
                              (where, k, ", ".join(KINDS)))
    for k in attrs:
        if k not in ("shape", "framework", "metrics"):
            raise CorpusError("%s: unknown attribute %r" % (where, k))
    return kinds, attrs


class Case:
    __slots__ = ("file", "line", "kind", "positive", "framework", "metrics",
                 "shape")

    def __init__(self, file, line, kind, positive, framework, metrics, shape):
        self.file, self.line, self.kind, self.positive = file, line, kind, positive
        self.framework, self.metrics, self.shape = framework, metrics, shape


class CorpusFile:
    def __init__(self, path, defaults=None):
        self.path = path
        self.rel = os.path.relpath(path, HERE)
        self.attrs = {}
        self.flags = []
        self.cases = []          # Case, one per expected warning or SAFE line
        self.expected = collections.defaultdict(list)   # line -> [kind]
        self.safe_lines = set()
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for n, text in enumerate(lines, 1):
            m = HEADER_RE.search(text)
            if m and not self.attrs:
                for tok in m.group(1).split():
                    if "=" not in tok:
                        raise CorpusError("%s:%d: bad corpus header token %r" %
                                          (self.rel, n, tok))
                    k, v = tok.split("=", 1)
                    self.attrs[k] = v
                continue
            m = FLAGS_RE.search(text)
            if m:
                self.flags += shlex.split(m.group(1))
                continue
        # A multi-file case gives defaults in its case.json; a file's own
        # header wins.
        for key, value in (defaults or {}).items():
            self.attrs.setdefault(key, value)
        for key in ("framework", "metrics", "shape"):
            if key not in self.attrs:
                raise CorpusError("%s: the `// corpus:` header needs %s=" %
                                  (self.rel, key))
        for n, text in enumerate(lines, 1):
            where = "%s:%d" % (self.rel, n)
            m = LEAK_RE.search(text)
            if m:
                kinds, attrs = parse_attrs(m.group(1), where)
                if not kinds:
                    raise CorpusError("%s: LEAK without a kind" % where)
                for k in kinds:
                    self.expected[n].append(k)
                    self.cases.append(self._case(n, k, True, attrs))
                continue
            m = SAFE_RE.search(text)
            if m:
                kinds, attrs = parse_attrs(m.group(1), where)
                if kinds:
                    raise CorpusError("%s: SAFE takes no kind" % where)
                self.safe_lines.add(n)
                self.cases.append(self._case(n, None, False, attrs))

    def _case(self, line, kind, positive, attrs):
        get = lambda k: attrs.get(k, self.attrs[k])
        return Case(self.rel, line, kind, positive, get("framework"),
                    get("metrics"), get("shape"))


def message_kind(msg):
    for phrase, kind in MESSAGE_KINDS:
        if phrase in msg:
            return kind
    return "?"


def run_tidy(tidy, cf, extra_flags, export=None):
    cmd = [tidy, "--checks=-*," + CHECK, "--quiet"] + \
        (["--export-fixes=" + export] if export else []) + \
        [cf.path, "--"] + BASE_FLAGS + cf.flags + extra_flags
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return cmd, p.returncode, p.stdout, time.monotonic() - t0


# One diagnostic of an --export-fixes file: its own offset, then whether
# its DiagnosticMessage carries replacements (a fix-it), read without a YAML
# library: the layout is clang-tidy's own and fixed.
EXPORT_DIAG_RE = re.compile(
    r"^  - DiagnosticName:\s+(?P<name>\S+)\n    DiagnosticMessage:\n"
    r"(?:      (?!Replacements:).*\n)*?      FileOffset:\s+(?P<offset>\d+)\n"
    r"      Replacements:(?P<none>\s+\[\])?", re.M)


def fixed_lines(export, path):
    """The lines of \p path whose finding of the check carries a fix-it."""
    try:
        with open(export, encoding="utf-8") as f:
            text = f.read()
        with open(path, "rb") as f:
            source = f.read()
    except OSError:
        return set()
    lines = set()
    for m in EXPORT_DIAG_RE.finditer(text):
        if m.group("name") != CHECK or m.group("none"):
            continue
        lines.add(source[:int(m.group("offset"))].count(b"\n") + 1)
    return lines


def run_syntax_only(cxx, cf, extra_flags):
    cmd = [cxx, "-fsyntax-only"] + BASE_FLAGS + cf.flags + extra_flags + [cf.path]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return cmd, p.returncode, p.stdout, 0.0


class Result:
    def __init__(self, cf):
        self.cf = cf
        self.errors = []       # compiler errors (invalidate the file)
        self.warnings = []     # (line, kind, msg, file) in the corpus file
        self.elsewhere = []    # warnings located outside the corpus file
        self.tp, self.fn, self.fp = [], [], []   # lists of detail tuples
        self.fixed = set()     # lines whose finding carries a fix-it (--fix-share)


def analyse(cf, rc, out):
    res = Result(cf)
    real = os.path.realpath(cf.path)
    for line in out.splitlines():
        m = DIAG_RE.match(line)
        if not m:
            continue
        if m.group("sev") != "warning":
            res.errors.append(line)
            continue
        if m.group("name") != CHECK:
            # Compiler warnings are not the check's business.
            continue
        kind = message_kind(m.group("msg"))
        if os.path.realpath(m.group("file")) != real:
            res.elsewhere.append(line)
            continue
        res.warnings.append((int(m.group("line")), kind, m.group("msg")))
    if rc != 0 and not res.errors:
        res.errors.append("labelguard-tidy exited with %d:\n%s" % (rc, out))
    return res


def match(res):
    """Pairs warnings with annotations line by line.

    Exact (line and kind) matches are TP. On a LEAK line, a leftover warning
    of another kind pairs with a leftover expectation: that is a *kind
    mismatch*, counted as one FN and one FP (and reported as such), since the
    message names the wrong source. Everything else left over is FN or FP.
    """
    cf = res.cf
    got = collections.defaultdict(list)
    for line, kind, msg in res.warnings:
        got[line].append(kind)
    cases_by_line = collections.defaultdict(list)
    for c in cf.cases:
        cases_by_line[c.line].append(c)
    for line in sorted(set(got) | set(cf.expected)):
        have = list(got.get(line, []))
        pos_cases = [c for c in cases_by_line.get(line, []) if c.positive]
        missed = []
        for c in pos_cases:
            if c.kind in have:
                have.remove(c.kind)
                res.tp.append(c)
            else:
                missed.append(c)
        for c in missed:
            if have:
                kind = have.pop(0)
                res.fn.append((c, "warned as %s, not %s" % (kind, c.kind), True))
                res.fp.append((c, kind, "kind mismatch, expected %s" % c.kind, True))
            else:
                res.fn.append((c, "no warning", False))
        for kind in have:
            if line in cf.safe_lines:
                why = "SAFE line"
                case = [c for c in cases_by_line[line] if not c.positive][0]
            elif pos_cases:
                case = pos_cases[0]
                why = ("duplicate warning for one expected value"
                       if kind in cf.expected[line] else
                       "extra warning on a LEAK line (expected %s)" %
                       ", ".join(cf.expected[line]))
            else:
                why = "unlabelled line"
                case = Case(cf.rel, line, None, False, cf.attrs["framework"],
                            cf.attrs["metrics"], cf.attrs["shape"])
            res.fp.append((case, kind, why, False))
    for line in res.elsewhere:
        case = Case(cf.rel, 0, None, False, cf.attrs["framework"],
                    cf.attrs["metrics"], cf.attrs["shape"])
        res.fp.append((case, message_kind(line), "outside the file: " + line, False))


def ratio(a, b):
    return "%6.1f%%" % (100.0 * a / b) if b else "    n/a"


def table(title, key, results):
    rows = collections.OrderedDict()
    def row(name):
        if name not in rows:
            rows[name] = collections.Counter()
        return rows[name]
    for res in results:
        fp_lines = {fp[0].line for fp in res.fp}
        for c in res.cf.cases:
            r = row(getattr(c, key))
            r["P" if c.positive else "N"] += 1
            if not c.positive and c.line not in fp_lines:
                r["TN"] += 1
        for c in res.tp:
            row(getattr(c, key))["TP"] += 1
        for c, _, mismatch in res.fn:
            row(getattr(c, key))["FN"] += 1
            row(getattr(c, key))["KM"] += mismatch
        for c, _, _, _ in res.fp:
            row(getattr(c, key))["FP"] += 1
    fmt = "%-18s %5s %5s %5s %5s %5s %5s %6s %8s %9s"
    print()
    print(fmt % (title, "pos", "neg", "TP", "FN", "FP", "TN", "kind!=",
                 "recall", "precision"))
    print("-" * 83)
    total = collections.Counter()
    def line(name, r):
        print(fmt % (name, r["P"], r["N"], r["TP"], r["FN"], r["FP"], r["TN"],
                     r["KM"], ratio(r["TP"], r["TP"] + r["FN"]),
                     ratio(r["TP"], r["TP"] + r["FP"])))
    for name in sorted(rows):
        total.update(rows[name])
        line(name, rows[name])
    print("-" * 83)
    line("total", total)
    return total


class MultiCase:
    """A folder of bench/corpus/heldout-multi: several files, one program.

    case.json names the translation units (`tus`), optional extra compiler
    flags (`flags`) and optional header attributes (`framework`, `metrics`,
    `shape`) for files without a `// corpus:` header of their own. Every .cpp,
    .cc, .h and .hpp file of the folder is scored.
    """

    def __init__(self, folder):
        self.folder = folder
        self.rel = os.path.relpath(folder, HERE)
        where = os.path.join(self.rel, "case.json")
        try:
            with open(os.path.join(folder, "case.json"), encoding="utf-8") as f:
                spec = json.load(f)
        except (OSError, ValueError) as e:
            raise CorpusError("%s: %s" % (where, e))
        for k in spec:
            if k not in ("tus", "flags", "framework", "metrics", "shape",
                         "description"):
                raise CorpusError("%s: unknown key %r" % (where, k))
        self.tus = [os.path.join(folder, t) for t in spec.get("tus", [])]
        if not self.tus:
            raise CorpusError("%s: `tus` lists no translation unit" % where)
        for t in self.tus:
            if not os.path.isfile(t):
                raise CorpusError("%s: no such translation unit %s" % (where, t))
        self.flags = list(spec.get("flags", []))
        defaults = {k: spec[k] for k in ("framework", "metrics", "shape")
                    if k in spec}
        self.files = []
        for name in sorted(os.listdir(folder)):
            if os.path.splitext(name)[1] in (".cpp", ".cc", ".h", ".hpp"):
                self.files.append(CorpusFile(os.path.join(folder, name), defaults))
        for cf in self.files:
            # A file's own `// corpus-flags:` apply to every TU of the case.
            self.flags += [f for f in cf.flags if f not in self.flags]

    def compile_command(self, tu, cxx="clang++-19"):
        obj = os.path.splitext(os.path.basename(tu))[0] + ".o"
        return [cxx] + BASE_FLAGS + self.flags + ["-c", tu, "-o", obj]

    def write_compile_commands(self, build_dir):
        """The compile_commands.json a build system would write."""
        entries = [{"directory": self.folder, "file": tu,
                    "arguments": self.compile_command(tu)} for tu in self.tus]
        with open(os.path.join(build_dir, "compile_commands.json"), "w",
                  encoding="utf-8") as f:
            json.dump(entries, f, indent=2)


def run_tidy_tu(tidy, case, build_dir, tu, extra_flags):
    # Warnings in the case's own headers count too, so the header filter is
    # the case folder. Extra flags go through --extra-arg, as they would for
    # a project that is driven by its compilation database.
    cmd = [tidy, "--checks=-*," + CHECK, "--quiet", "-p", build_dir,
           "--header-filter=" + re.escape(os.path.realpath(case.folder)) + "/.*"]
    cmd += ["--extra-arg=" + f for f in extra_flags] + [tu]
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, cwd=case.folder)
    except OSError as e:
        # The tool went away under us (a concurrent rebuild): a broken run,
        # reported as such, not a crash of the runner.
        return cmd, 127, "cannot run %s: %s" % (tidy, e), time.monotonic() - t0
    return cmd, p.returncode, p.stdout, time.monotonic() - t0


def run_scan_case(scan, case, build_dir):
    cmd = [scan, "-p", build_dir, "-j", "1", "--quiet",
           "--summary-dir=" + os.path.join(build_dir, "summaries"),
           "--index=" + os.path.join(build_dir, "labelguard.idx"),
           "--header-filter=" + re.escape(os.path.realpath(case.folder)) + "/.*"]
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True, cwd=case.folder)
    # Exit 1 says there are findings; the runner scores them.
    rc = 0 if p.returncode == 1 else p.returncode
    return cmd, rc, p.stdout, time.monotonic() - t0


def run_syntax_only_tu(cxx, case, tu, extra_flags):
    cmd = [cxx, "-fsyntax-only"] + BASE_FLAGS + case.flags + extra_flags + [tu]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True, cwd=case.folder)
    return cmd, p.returncode, p.stdout, 0.0


def analyse_multi(case, runs):
    """Warnings of every TU of a case, de-duplicated by file:line:col, scored
    against the annotations of every file of the case."""
    by_file = {os.path.realpath(cf.path): Result(cf) for cf in case.files}
    errors, seen = [], set()
    first = Result(case.files[0])
    for cmd, rc, out, _ in runs:
        tu_errors = []
        for line in out.splitlines():
            m = DIAG_RE.match(line)
            if not m:
                continue
            if m.group("sev") != "warning":
                tu_errors.append(line)
                continue
            if m.group("name") != CHECK:
                continue
            path = os.path.realpath(os.path.join(case.folder, m.group("file")))
            key = (path, m.group("line"), m.group("col"))
            if key in seen:
                continue
            seen.add(key)
            kind = message_kind(m.group("msg"))
            if path in by_file:
                by_file[path].warnings.append((int(m.group("line")), kind,
                                               m.group("msg")))
            else:
                first.elsewhere.append(line)
        if rc != 0 and not tu_errors:
            tu_errors.append("labelguard-tidy exited with %d:\n%s" % (rc, out))
        if tu_errors:
            errors.append((cmd, tu_errors))
    results = list(by_file.values())
    target = by_file[os.path.realpath(case.files[0].path)]
    target.elsewhere += first.elsewhere
    for res in results:
        match(res)
    return results, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tidy", nargs="?",
                    default=os.path.join(ROOT, "build", "bin", "labelguard-tidy"),
                    help="labelguard-tidy (default: build/bin/labelguard-tidy)")
    ap.add_argument("--cases", "--corpus", dest="cases",
                    default=os.path.join(HERE, "cases"),
                    help="folder of single-file cases (default: bench/corpus/cases)")
    ap.add_argument("--multi", metavar="DIR",
                    help="folder of multi-file cases (one sub-folder with a "
                         "case.json each); the tool runs once per translation "
                         "unit with -p, as a build system would run it")
    ap.add_argument("--scan", metavar="LABELGUARD_SCAN",
                    help="with --multi: run this labelguard-scan once per case "
                         "over its compile database (the whole program) "
                         "instead of the tool once per translation unit")
    ap.add_argument("--only", default="", help="substring: run only matching files")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--extra-arg", action="append", default=[],
                    help="extra compiler flag for every file")
    ap.add_argument("--syntax-only", metavar="CXX", nargs="?", const="clang++-19",
                    help="only check that every file compiles with CXX "
                         "(default clang++-19 -fsyntax-only)")
    ap.add_argument("--min-recall", type=float, help="exit 1 below this (percent)")
    ap.add_argument("--min-precision", type=float, help="exit 1 below this (percent)")
    ap.add_argument("--verbose", action="store_true", help="print the tool's output")
    ap.add_argument("--fix-share", action="store_true",
                    help="also say which found leaks get an automatic fix (--export-fixes)")
    args = ap.parse_args()
    if args.multi:
        return main_multi(args)

    paths = []
    for dirpath, _, names in os.walk(args.cases):
        for n in names:
            if n.endswith(".cpp") and args.only in os.path.join(dirpath, n):
                paths.append(os.path.join(dirpath, n))
    paths.sort()
    try:
        files = [CorpusFile(p) for p in paths]
    except CorpusError as e:
        print("corpus error: %s" % e, file=sys.stderr)
        return 2
    if not files:
        print("no corpus files under %s" % args.cases, file=sys.stderr)
        return 2
    if not args.syntax_only and not os.access(args.tidy, os.X_OK):
        print("labelguard-tidy not found or not executable: %s" % args.tidy,
              file=sys.stderr)
        return 2

    exports = tempfile.TemporaryDirectory(prefix="labelguard-corpus-fixes-")
    export_of = {cf.path: os.path.join(exports.name, "%d.yaml" % i)
                 for i, cf in enumerate(files)} if args.fix_share else {}
    runner = (lambda cf: run_syntax_only(args.syntax_only, cf, args.extra_arg)) \
        if args.syntax_only else (lambda cf: run_tidy(args.tidy, cf, args.extra_arg,
                                                      export_of.get(cf.path)))
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outs = list(pool.map(runner, files))
    elapsed = time.monotonic() - t0

    results, broken = [], []
    for cf, (cmd, rc, out, secs) in zip(files, outs):
        if args.verbose:
            print("$ " + " ".join(shlex.quote(c) for c in cmd))
            print(out)
        if args.syntax_only:
            if rc != 0:
                broken.append((cf.rel, [out], cmd))
            continue
        res = analyse(cf, rc, out)
        if res.errors:
            broken.append((cf.rel, res.errors, cmd))
            continue
        match(res)
        results.append(res)

    if args.syntax_only:
        print_broken(broken)
        print("%d file(s) checked with %s -fsyntax-only, %d failed" %
              (len(files), args.syntax_only, len(broken)))
        return 2 if broken else 0
    print_broken(broken)
    npos = sum(1 for r in results for c in r.cf.cases if c.positive)
    nneg = sum(1 for r in results for c in r.cf.cases if not c.positive)
    print("labelguard corpus: %d files (%d analysed, %d did not compile), "
          "%d expected warnings (LEAK), %d silent look-alikes (SAFE); %s; %.1fs" %
          (len(files), len(results), len(broken), npos, nneg, args.tidy, elapsed))
    if args.fix_share:
        for r in results:
            r.fixed = fixed_lines(export_of[r.cf.path], r.cf.path)
    rc = report(results, broken, "file(s)", args)
    if args.fix_share:
        report_fix_share(results)
    exports.cleanup()
    return rc


def report_fix_share(results):
    """Of the leaks found (TP), how many get an automatic fix, by kind."""
    by_kind = collections.defaultdict(lambda: [0, 0])
    for r in results:
        for c in r.tp:
            by_kind[c.kind][1] += 1
            if c.line in r.fixed:
                by_kind[c.kind][0] += 1
    fixed = sum(v[0] for v in by_kind.values())
    found = sum(v[1] for v in by_kind.values())
    print()
    print("Automatic fixes: %d of the %d leaks found get one (%s)" %
          (fixed, found, ratio(fixed, found).strip()))
    for kind in sorted(by_kind):
        f, n = by_kind[kind]
        print("  %-10s %3d of %3d  %s" % (kind, f, n, ratio(f, n)))


def main_multi(args):
    folders = []
    for name in sorted(os.listdir(args.multi)):
        folder = os.path.join(args.multi, name)
        if os.path.isfile(os.path.join(folder, "case.json")) and \
                args.only in folder:
            folders.append(os.path.abspath(folder))
    try:
        cases = [MultiCase(f) for f in folders]
    except CorpusError as e:
        print("corpus error: %s" % e, file=sys.stderr)
        return 2
    if not cases:
        print("no multi-file cases (folders with a case.json) under %s" %
              args.multi, file=sys.stderr)
        return 2
    if not args.syntax_only and not os.access(args.tidy, os.X_OK):
        print("labelguard-tidy not found or not executable: %s" % args.tidy,
              file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="labelguard-corpus-") as tmp:
        build_dirs = {}
        for case in cases:
            build_dirs[case.folder] = os.path.join(tmp, os.path.basename(case.folder))
            os.makedirs(build_dirs[case.folder])
            case.write_compile_commands(build_dirs[case.folder])
        jobs = [(case, tu) for case in cases for tu in case.tus]
        if args.scan:
            # The whole program: one job per case, the scan over its units.
            jobs = [(case, None) for case in cases]
            runner = lambda job: run_scan_case(args.scan, job[0],
                                               build_dirs[job[0].folder])
        elif args.syntax_only:
            runner = lambda job: run_syntax_only_tu(args.syntax_only, job[0],
                                                    job[1], args.extra_arg)
        else:
            runner = lambda job: run_tidy_tu(args.tidy, job[0],
                                             build_dirs[job[0].folder], job[1],
                                             args.extra_arg)
        t0 = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outs = list(pool.map(runner, jobs))
        elapsed = time.monotonic() - t0

    runs = collections.defaultdict(list)
    for (case, tu), run in zip(jobs, outs):
        if args.verbose:
            print("$ " + " ".join(shlex.quote(c) for c in run[0]))
            print(run[2])
        runs[case.folder].append(run)

    results, broken = [], []
    for case in cases:
        if args.syntax_only:
            for cmd, rc, out, _ in runs[case.folder]:
                if rc != 0:
                    broken.append((case.rel, [out], cmd))
            continue
        case_results, errors = analyse_multi(case, runs[case.folder])
        if errors:
            for cmd, errs in errors:
                broken.append((case.rel, errs, cmd))
            continue
        results += case_results

    if args.syntax_only:
        print_broken(broken)
        print("%d translation unit(s) of %d case(s) checked with %s "
              "-fsyntax-only, %d failed" % (len(jobs), len(cases),
                                            args.syntax_only, len(broken)))
        return 2 if broken else 0
    print_broken(broken)
    npos = sum(1 for r in results for c in r.cf.cases if c.positive)
    nneg = sum(1 for r in results for c in r.cf.cases if not c.positive)
    nbroken = len({b[0] for b in broken})
    how = ("the whole program with labelguard-scan" if args.scan else
           "each run separately with -p")
    print("labelguard multi-file corpus: %d cases, %d translation units, %s "
          "(%d case(s) did not compile), %d expected "
          "warnings (LEAK), %d silent look-alikes (SAFE); %s; %.1fs" %
          (len(cases), sum(len(c.tus) for c in cases), how, nbroken, npos,
           nneg, args.scan or args.tidy, elapsed))
    return report(results, broken, "case(s)", args)


def print_broken(broken):
    if not broken:
        return
    banner = "=" * 76
    print(banner)
    print("MEASUREMENT INVALID: %d corpus file(s) do not compile:" % len(broken))
    for rel, errs, cmd in broken:
        print("  %s" % rel)
        print("    $ " + " ".join(shlex.quote(c) for c in cmd))
        shown = "\n".join(errs).splitlines()
        for e in shown[:12]:
            print("    " + e.rstrip())
        if len(shown) > 12:
            print("    ... (%d more lines; --verbose shows all)" % (len(shown) - 12))
    print(banner)


def report(results, broken, unit, args):
    print("TP = expected warning reported on its line with its kind; FN = not;"
          " FP = any other warning of the check")
    table("framework", "framework", results)
    table("metrics library", "metrics", results)
    total = table("flow shape", "shape", results)

    km = total["KM"]
    print()
    print("kind!= : the expected line was warned but the message names another "
          "source (counted in FN and FP).")
    print("Ignoring the kind word: TP %d, FN %d, FP %d, recall %s, precision %s" %
          (total["TP"] + km, total["FN"] - km, total["FP"] - km,
           ratio(total["TP"] + km, total["TP"] + total["FN"]).strip(),
           ratio(total["TP"] + km, total["TP"] + total["FP"]).strip()))

    fns = sorted(((c, note) for r in results for c, note, _ in r.fn),
                 key=lambda x: (x[0].file, x[0].line))
    fps = sorted(((c, kind, why) for r in results for c, kind, why, _ in r.fp),
                 key=lambda x: (x[0].file, x[0].line))
    print()
    print("False negatives (%d):" % len(fns))
    for c, note in fns:
        print("  FN %s:%d  %s  [%s/%s]  %s" %
              (c.file, c.line, c.kind, c.framework, c.shape, note))
    print()
    print("False positives (%d):" % len(fps))
    for c, kind, why in fps:
        print("  FP %s:%d  %s  [%s/%s]  %s" %
              (c.file, c.line, kind, c.framework, c.shape, why))
    # A warning of the right kind in the same file as a missed one is often
    # the same leak reported at a different place: say so.
    hints = []
    for c, note in fns:
        if note != "no warning":
            continue
        near = [f for f in fps if f[0].file == c.file and f[1] == c.kind]
        if near:
            hints.append("  %s:%d (%s) may be reported at line(s) %s" %
                         (c.file, c.line, c.kind,
                          ", ".join(str(f[0].line) for f in near)))
    if hints:
        print()
        print("Possible placement differences (FN and FP of one kind in one file):")
        for h in hints:
            print(h)
    if broken:
        print()
        print("MEASUREMENT INVALID: %d %s did not compile (see above)" %
              (len({b[0] for b in broken}), unit))
        return 2
    recall = 100.0 * total["TP"] / max(1, total["TP"] + total["FN"])
    precision = 100.0 * total["TP"] / max(1, total["TP"] + total["FP"])
    rc = 0
    if args.min_recall is not None and recall < args.min_recall:
        print("recall %.1f%% is below --min-recall %.1f%%" % (recall, args.min_recall))
        rc = 1
    if args.min_precision is not None and precision < args.min_precision:
        print("precision %.1f%% is below --min-precision %.1f%%" %
              (precision, args.min_precision))
        rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
