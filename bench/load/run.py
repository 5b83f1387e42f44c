#!/usr/bin/env python3
"""labelguard under load: prints the figures of docs/performance.md
("Under load").

  python3 bench/load/run.py [--units 100,300,1000] [-j 2] [--edits 1000]
                            [--build BUILD | --bin DIR] [--skip-scan] [--skip-clangd]

1. labelguard-scan over generated projects of each size (gen_project.py):
   the driver and its `labelguard-scan summarize` workers are sampled from
   /proc every 20 ms; printed: wall time, the driver's peak resident memory
   (VmHWM), each worker's peak (largest and median), the peak of the sum of
   the resident memory of the driver and all its children at one instant
   (the total), the size of the summaries and of the index, and whether the
   findings are the 2 per unit the generator put there.
2. labelguard-clangd through EDITS edits of one file over LSP
   (test/lsp_client.py): each edit toggles one handler between a raw and a
   guarded label and waits for that version's diagnostics; printed: the
   server's resident memory after the first 100 edits and after the last
   ones, its peak, and whether the final diagnostics are exactly the raw
   handlers' lines (and the same as labelguard-tidy's on the final text).

Nothing here is asserted by a test; the exit status is 1 only when a run
crashes or its findings are wrong.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "test"))
import gen_project  # noqa: E402
import lsp_client  # noqa: E402

CHECK = "metrics-high-cardinality-label"


def status(pid):
    """VmRSS and VmHWM in KiB, or None when the process is gone."""
    try:
        with open("/proc/%d/status" % pid) as f:
            text = f.read()
    except OSError:
        return None
    out = {}
    for key in ("VmRSS", "VmHWM"):
        m = re.search(r"^%s:\s+(\d+) kB" % key, text, re.M)
        out[key] = int(m.group(1)) if m else 0
    return out


def children(pid):
    out = []
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            kids = [int(x) for x in f.read().split()]
    except OSError:
        return out
    for k in kids:
        out.append(k)
        out.extend(children(k))
    return out


class Sampler(threading.Thread):
    def __init__(self, pid, period=0.02):
        super().__init__(daemon=True)
        self.pid, self.period = pid, period
        self.stop = False
        self.driver_hwm = 0
        self.worker_hwm = {}     # pid -> the last VmHWM read
        self.total_peak = 0
        self.max_workers = 0

    def run(self):
        while not self.stop:
            d = status(self.pid)
            if d is None:
                break
            self.driver_hwm = max(self.driver_hwm, d["VmHWM"])
            total = d["VmRSS"]
            kids = children(self.pid)
            live = 0
            for k in kids:
                s = status(k)
                if s is None:
                    continue
                live += 1
                total += s["VmRSS"]
                self.worker_hwm[k] = max(self.worker_hwm.get(k, 0), s["VmHWM"])
            self.max_workers = max(self.max_workers, live)
            self.total_peak = max(self.total_peak, total)
            time.sleep(self.period)


def du(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def mib(kib):
    return "%.0f MiB" % (kib / 1024.0)


def scan_figures(scan, sizes, jobs, tmp):
    rows, ok = [], True
    for n in sizes:
        proj = os.path.join(tmp, "p%d" % n)
        shutil.rmtree(proj, ignore_errors=True)
        expected = gen_project.generate(n, proj)
        build = os.path.join(proj, "build")
        t0 = time.time()
        proc = subprocess.Popen([scan, "-p", build, "-j", str(jobs), "--quiet",
                                 "--config=" + gen_project.CONFIG],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                universal_newlines=True)
        sampler = Sampler(proc.pid)
        sampler.start()
        out, err = proc.communicate()
        sampler.stop = True
        sampler.join()
        wall = time.time() - t0
        warnings = sum(1 for l in out.splitlines()
                       if re.search(r": warning: .*\[%s\]$" % CHECK, l))
        good = proc.returncode == 1 and warnings == expected
        ok = ok and good
        w = sorted(sampler.worker_hwm.values()) or [0]
        rows.append((n, wall, sampler.driver_hwm, w[-1], statistics.median(w),
                     len(sampler.worker_hwm), sampler.total_peak,
                     du(os.path.join(build, "labelguard-summaries")),
                     os.path.getsize(os.path.join(build, "labelguard.idx"))
                     if os.path.exists(os.path.join(build, "labelguard.idx")) else 0,
                     warnings, expected, proc.returncode))
        if not good:
            print("scan of %d units: exit %d, %d warnings (expected %d)\n%s" % (
                n, proc.returncode, warnings, expected, err[-2000:]))
        shutil.rmtree(proj, ignore_errors=True)
    print("labelguard-scan -j %d over generated projects (bench/load/gen_project.py); "
          "/proc sampled every 20 ms" % jobs)
    print()
    print("| units | wall | driver peak | worker peak (largest / median, workers seen) "
          "| total peak (driver + workers) | summaries | index | findings |")
    print("|---:|---:|---:|---|---:|---:|---:|---|")
    for (n, wall, drv, wmax, wmed, nw, tot, summ, idx, warn, exp, rc) in rows:
        print("| %d | %.0f s | %s | %s / %s (%d) | %s | %.1f MiB | %.1f MiB | %d of %d%s |" % (
            n, wall, mib(drv), mib(wmax), mib(wmed), nw, mib(tot), summ / 2**20,
            idx / 2**20, warn, exp, "" if rc == 1 else " (exit %d)" % rc))
    print()
    return ok


CLANGD_SOURCE_HEAD = """#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <labelguard/route_guard.hpp>
#include <string>

using Fam = prometheus::Family<prometheus::Counter>;

void record(Fam &family, const std::string &value) {
  family.Add({{"path", value}}).Increment();
}

std::string normalize(const std::string &value) {
  std::string copy = value;
  return copy;
}
"""

HANDLERS = 20


def clangd_text(raw, edit):
    """The edited file: handler h labels raw or guarded, as raw[h] says."""
    lines = CLANGD_SOURCE_HEAD.splitlines()
    expect = []
    for h in range(HANDLERS):
        value = "req.path" if raw[h] else "labelguard::route_label(req.path)"
        lines.append("void handle_%d(const httplib::Request &req, Fam &family) {" % h)
        if h % 2:
            lines.append("  record(family, %s);" % value)
        else:
            lines.append('  family.Add({{"p", normalize(%s)}}).Increment();' % value)
        if raw[h]:
            expect.append(len(lines))
        lines.append("}")
    lines.append("// edit %d" % edit)
    return "\n".join(lines) + "\n", expect


def clangd_figures(clangd, tidy, edits, tmp):
    directory = os.path.join(tmp, "clangd")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    path = os.path.join(directory, "service.cpp")
    args = ["-std=c++17", "-isystem", os.path.join(ROOT, "test", "checkers", "Inputs"),
            "-I", os.path.join(ROOT, "include")]
    rng = random.Random(15)
    raw = [True] * HANDLERS
    text, expect = clangd_text(raw, 0)
    with open(path, "w") as f:
        f.write(text)
    lsp_client.write_project(directory, path, CHECK, "", args)
    client = lsp_client.Client(clangd, ["--clang-tidy", "--background-index=false"],
                               cwd=directory)
    rss = {}
    ok = True
    t0 = time.time()
    try:
        client.initialize(directory)
        client.notify("initialized", {})
        client.open(path, text, version=1)
        client.diagnostics(path, version=1)
        rss[0] = status(client.proc.pid)
        for e in range(1, edits + 1):
            h = rng.randrange(HANDLERS)
            raw[h] = not raw[h]
            text, expect = clangd_text(raw, e)
            client.change(path, text, e + 1)
            diags = client.diagnostics(path, version=e + 1)
            if e == 100:
                rss[100] = status(client.proc.pid)
        rss[edits] = status(client.proc.pid)
        got = sorted(d["range"]["start"]["line"] + 1 for d in diags
                     if d.get("code") == CHECK or CHECK in d.get("message", ""))
    finally:
        rc = client.close()
    wall = time.time() - t0
    with open(path, "w") as f:
        f.write(text)
    p = subprocess.run([tidy, "--checks=-*," + CHECK, path, "--"] + args,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    tidy_lines = sorted(int(m.group(1)) for m in re.finditer(
        r"service\.cpp:(\d+):\d+: warning: .*\[%s\]" % CHECK, p.stdout))
    correct = got == sorted(expect)
    same = got == tidy_lines
    ok = correct and same and rc == 0
    print("labelguard-clangd through %d edits of one file over LSP (%d handlers, each edit "
          "toggles one between a raw and a guarded label; %.0f s)" % (edits, HANDLERS, wall))
    print()
    print("| after | resident (VmRSS) | peak so far (VmHWM) |")
    print("|---|---:|---:|")
    print("| opening the file | %s | %s |" % (mib(rss[0]["VmRSS"]), mib(rss[0]["VmHWM"])))
    if 100 in rss and edits > 100:
        print("| the first 100 edits | %s | %s |" % (mib(rss[100]["VmRSS"]), mib(rss[100]["VmHWM"])))
    print("| the last %d edits (%d in all) | %s | %s |" % (
        edits - 100 if edits > 100 else edits, edits, mib(rss[edits]["VmRSS"]),
        mib(rss[edits]["VmHWM"])))
    print()
    print("final diagnostics: %d warnings at the raw handlers' lines: %s; the same as "
          "labelguard-tidy on the final text: %s; clangd exit status %s" % (
              len(got), "yes" if correct else "NO (got %s, expected %s)" % (got, expect),
              "yes" if same else "NO (tidy: %s)" % tidy_lines, rc))
    shutil.rmtree(directory, ignore_errors=True)
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", default="100,300,1000")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--bin", help="where labelguard-scan, -clangd and -tidy are "
                    "(default: BUILD/bin; a copy keeps a rebuild from changing them mid-run)")
    ap.add_argument("--skip-scan", action="store_true")
    ap.add_argument("--skip-clangd", action="store_true")
    a = ap.parse_args()
    bindir = a.bin or os.path.join(a.build, "bin")
    tmp = tempfile.mkdtemp(prefix="labelguard-load-")
    ok = True
    try:
        if not a.skip_scan:
            ok &= scan_figures(os.path.join(bindir, "labelguard-scan"),
                               [int(x) for x in a.units.split(",")], a.jobs, tmp)
        if not a.skip_clangd:
            ok &= clangd_figures(os.path.join(bindir, "labelguard-clangd"),
                                 os.path.join(bindir, "labelguard-tidy"),
                                 a.edits, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
