#!/usr/bin/env python3
"""Recall and precision of metrics-high-cardinality-label on the labelled corpus.

A benchmark: it prints figures and exits 0. It exits 2 when a corpus file does
not compile (that invalidates the measurement), and 1 when --min-recall or
--min-precision is given and not met. See README.md beside this file for the
labelling rules.

Usage: bench/corpus/run.py [path/to/labelguard-tidy] [options]
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
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
    def __init__(self, path):
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


def run_tidy(tidy, cf, extra_flags):
    cmd = [tidy, "--checks=-*," + CHECK, "--quiet", cf.path, "--"] + \
        BASE_FLAGS + cf.flags + extra_flags
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return cmd, p.returncode, p.stdout, time.monotonic() - t0


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


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tidy", nargs="?",
                    default=os.path.join(ROOT, "build", "bin", "labelguard-tidy"),
                    help="labelguard-tidy (default: build/bin/labelguard-tidy)")
    ap.add_argument("--corpus", default=HERE, help="corpus directory")
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
    args = ap.parse_args()

    paths = []
    for dirpath, _, names in os.walk(args.corpus):
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
        print("no corpus files under %s" % args.corpus, file=sys.stderr)
        return 2
    if not args.syntax_only and not os.access(args.tidy, os.X_OK):
        print("labelguard-tidy not found or not executable: %s" % args.tidy,
              file=sys.stderr)
        return 2

    runner = (lambda cf: run_syntax_only(args.syntax_only, cf, args.extra_arg)) \
        if args.syntax_only else (lambda cf: run_tidy(args.tidy, cf, args.extra_arg))
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
                broken.append((cf, [out], cmd))
            continue
        res = analyse(cf, rc, out)
        if res.errors:
            broken.append((cf, res.errors, cmd))
            continue
        match(res)
        results.append(res)

    banner = "=" * 76
    if broken:
        print(banner)
        print("MEASUREMENT INVALID: %d corpus file(s) do not compile:" % len(broken))
        for cf, errs, cmd in broken:
            print("  %s" % cf.rel)
            print("    $ " + " ".join(shlex.quote(c) for c in cmd))
            shown = "\n".join(errs).splitlines()
            for e in shown[:12]:
                print("    " + e.rstrip())
            if len(shown) > 12:
                print("    ... (%d more lines; --verbose shows all)" % (len(shown) - 12))
        print(banner)
    if args.syntax_only:
        print("%d file(s) checked with %s -fsyntax-only, %d failed" %
              (len(files), args.syntax_only, len(broken)))
        return 2 if broken else 0

    npos = sum(1 for r in results for c in r.cf.cases if c.positive)
    nneg = sum(1 for r in results for c in r.cf.cases if not c.positive)
    print("labelguard corpus: %d files (%d analysed, %d did not compile), "
          "%d expected warnings (LEAK), %d silent look-alikes (SAFE); %s; %.1fs" %
          (len(files), len(results), len(broken), npos, nneg, args.tidy, elapsed))
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
        print("MEASUREMENT INVALID: %d file(s) did not compile (see above)" %
              len(broken))
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
