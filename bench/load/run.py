#!/usr/bin/env python3
"""labelguard under load: prints the figures of docs/performance.md
("Under load").

  python3 bench/load/run.py [--units 100,300,1000] [-j 2] [--edits 1000]
                            [--build BUILD | --bin DIR] [--skip-scan] [--skip-clangd]
                            [--cost N [--cost-reps R] [--work DIR]]

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
3. With --cost N (not run otherwise), on one generated project of N units:
   the CPU of a cold `labelguard-scan -p` against per-unit `labelguard-tidy
   -p` over the same compile database (every unit, -j processes at a time,
   the same options), alternated R times (scan first in odd rounds, tidy
   first in even ones); CPU is user + system of every process each one ran
   (resource.getrusage(RUSAGE_CHILDREN) around it). Then, with the summary
   directory kept: a re-scan with nothing changed, and one after a single
   .cpp (the middle unit) gains a function: how many units the scan says it
   analysed, which ones (--verbose), and the re-scan's cost as a share of
   the cold scan's.

Nothing here is asserted by a test; the exit status is 1 only when a run
crashes or its findings are wrong.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import re
import resource
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


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_now():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(fn):
    """(wall s, CPU s of every child waited for meanwhile, fn's result)."""
    c0, t0 = cpu_now(), time.time()
    out = fn()
    return time.time() - t0, cpu_now() - c0, out


def warnings_in(text):
    return sum(1 for l in text.splitlines()
               if re.search(r": warning: .*\[%s\]$" % CHECK, l))


def binary_facts(path):
    st = os.stat(path)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    return "%s (%s, sha256 %s)" % (path, time.strftime(
        "%Y-%m-%d %H:%M:%S", time.gmtime(st.st_mtime)), digest)


def cost_figures(scan, tidy, n, jobs, reps, work):
    """Cold labelguard-scan vs per-unit labelguard-tidy (CPU), then re-scans."""
    print("== cost at %d units: cold labelguard-scan -p vs per-unit labelguard-tidy -p, "
          "then re-scans with the summaries kept ==" % n)
    print("machine: %d cores; load average %s at start; %s" % (
        os.cpu_count(), loadavg(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    print("labelguard-scan: " + binary_facts(scan))
    print("labelguard-tidy: " + binary_facts(tidy))
    proj = os.path.join(work, "cost%d" % n)
    shutil.rmtree(proj, ignore_errors=True)
    expected = gen_project.generate(n, proj)
    build = os.path.join(proj, "build")
    summaries = os.path.join(proj, "summaries")
    index = os.path.join(proj, "labelguard.idx")
    with open(os.path.join(build, "compile_commands.json")) as f:
        files = [e["file"] for e in json.load(f)]
    config = "--config=" + gen_project.CONFIG
    scan_args = [scan, "-p", build, "-j", str(jobs), "--summary-dir", summaries,
                 "--index", index, config]

    def run_scan(extra=()):
        p = subprocess.run(scan_args + list(extra), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True)
        m = re.search(r"(\d+) translation units \((\d+) analysed, (\d+) summaries reused\)",
                      p.stderr)
        analysed = re.findall(r"^labelguard-scan: analysing (.*?): ", p.stderr, re.M)
        return {"rc": p.returncode, "warnings": warnings_in(p.stdout),
                "line": m.group(0) if m else "(no count printed)",
                "analysed": int(m.group(2)) if m else -1, "which": analysed,
                "why": [l for l in p.stderr.splitlines()
                        if l.startswith("labelguard-scan: analysing ")],
                "err": p.stderr}

    def cold_scan():
        shutil.rmtree(summaries, ignore_errors=True)
        if os.path.exists(index):
            os.remove(index)
        return run_scan()

    def one_tidy(path):
        p = subprocess.run([tidy, "-p", build, "--quiet", "--checks=-*," + CHECK, config,
                            path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True)
        return p.returncode, warnings_in(p.stdout)

    def per_unit_tidy():
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(one_tidy, files))
        return {"failed": sum(1 for rc, _ in results if rc not in (0, 1)),
                "warnings": sum(w for _, w in results)}

    ok = True
    scans, tidies = [], []
    for r in range(reps):
        order = ("scan", "tidy") if r % 2 == 0 else ("tidy", "scan")
        for what in order:
            if what == "scan":
                wall, cpu, out = timed(cold_scan)
                scans.append((wall, cpu, out))
                good = out["rc"] == 1 and out["warnings"] == expected
                print("round %d: cold labelguard-scan: %.1f s wall, %.1f s CPU; %s; "
                      "%d warnings (expected %d)%s" % (
                          r + 1, wall, cpu, out["line"], out["warnings"], expected,
                          "" if good else "; exit %d\n%s" % (out["rc"], out["err"][-2000:])))
            else:
                wall, cpu, out = timed(per_unit_tidy)
                tidies.append((wall, cpu, out))
                good = out["failed"] == 0
                print("round %d: per-unit labelguard-tidy: %.1f s wall, %.1f s CPU; %d units, "
                      "%d warnings, %d failed" % (r + 1, wall, cpu, len(files),
                                                  out["warnings"], out["failed"]))
            sys.stdout.flush()
            ok = ok and good

    # The summaries of the last cold scan are kept (when the last round ran
    # tidy last, the scan's summaries are still those of that round).
    noop = timed(lambda: run_scan(["--verbose"]))
    changed = files[n // 2]
    with open(changed, "a") as f:
        f.write("\nint edited_%d() { return %d; }\n" % (n // 2, n // 2))
    one = timed(lambda: run_scan(["--verbose"]))
    ok = ok and noop[2]["analysed"] == 0 and one[2]["analysed"] == 1 \
        and one[2]["which"] == [changed] and one[2]["warnings"] == expected

    med = lambda rows, i: statistics.median(x[i] for x in rows)
    cold_wall, cold_cpu = med(scans, 0), med(scans, 1)
    tidy_wall, tidy_cpu = med(tidies, 0), med(tidies, 1)
    print()
    print("| run | wall | CPU (user + sys) | units analysed | warnings |")
    print("|---|---:|---:|---|---:|")
    print("| cold `labelguard-scan -p -j %d` (median of %d) | %.1f s | %.1f s | %s | %d |" % (
        jobs, len(scans), cold_wall, cold_cpu, scans[-1][2]["line"], scans[-1][2]["warnings"]))
    print("| per-unit `labelguard-tidy -p`, %d at a time (median of %d) | %.1f s | %.1f s | "
          "%d units | %d |" % (jobs, len(tidies), tidy_wall, tidy_cpu, len(files),
                               tidies[-1][2]["warnings"]))
    print("| re-scan, nothing changed | %.2f s | %.2f s | %s | %d |" % (
        noop[0], noop[1], noop[2]["line"], noop[2]["warnings"]))
    print("| re-scan, `%s` changed | %.2f s | %.2f s | %s | %d |" % (
        os.path.basename(changed), one[0], one[1], one[2]["line"], one[2]["warnings"]))
    print()
    print("cold scan CPU / per-unit tidy CPU = %.3f (goal <= 1.2)" % (cold_cpu / tidy_cpu))
    print("cold scan wall / per-unit tidy wall = %.3f" % (cold_wall / tidy_wall))
    print("no-op re-scan: %.2f %% of the cold scan's CPU, %.2f %% of its wall" % (
        100 * noop[1] / cold_cpu, 100 * noop[0] / cold_wall))
    print("one-file re-scan: %.2f %% of the cold scan's CPU, %.2f %% of its wall (goal <= 10 %%)" % (
        100 * one[1] / cold_cpu, 100 * one[0] / cold_wall))
    print("units analysed again after the change: %d, %s" % (
        len(one[2]["which"]), "; ".join(l[len("labelguard-scan: analysing "):]
                                        for l in one[2]["why"]) or "none"))
    for rows, name in ((scans, "cold scans"), (tidies, "per-unit tidy runs")):
        print("%s (wall s / CPU s): %s" % (name, ", ".join(
            "%.1f / %.1f" % (w, c) for w, c, _ in rows)))
    print("machine after the run: load average %s; %s" % (
        loadavg(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    print()
    shutil.rmtree(proj, ignore_errors=True)
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
    ap.add_argument("--cost", type=int, metavar="N",
                    help="also the CPU of a cold scan against per-unit labelguard-tidy, and "
                    "the re-scans, on N units (with --skip-scan --skip-clangd: only that)")
    ap.add_argument("--cost-reps", type=int, default=1,
                    help="rounds of cold scan and per-unit tidy, alternated (default 1)")
    ap.add_argument("--work", help="where the projects are generated (default: a new "
                    "directory in $TMPDIR)")
    a = ap.parse_args()
    bindir = a.bin or os.path.join(a.build, "bin")
    if a.work:
        a.work = os.path.abspath(a.work)
        os.makedirs(a.work, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="labelguard-load-", dir=a.work)
    ok = True
    try:
        if not a.skip_scan:
            ok &= scan_figures(os.path.join(bindir, "labelguard-scan"),
                               [int(x) for x in a.units.split(",")], a.jobs, tmp)
        if not a.skip_clangd:
            ok &= clangd_figures(os.path.join(bindir, "labelguard-clangd"),
                                 os.path.join(bindir, "labelguard-tidy"),
                                 a.edits, tmp)
        if a.cost:
            ok &= cost_figures(os.path.join(bindir, "labelguard-scan"),
                               os.path.join(bindir, "labelguard-tidy"),
                               a.cost, a.jobs, a.cost_reps, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
