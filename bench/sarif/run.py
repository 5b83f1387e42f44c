#!/usr/bin/env python3
"""bench/sarif: labelguard-sarif's wall time and peak memory on N findings,
the version before the streaming rewrite and this one side by side.

  bench/sarif/run.py                    1k, 10k, 100k findings
  bench/sarif/run.py --quick            1k, 10k
  bench/sarif/run.py --sizes 1000,50000 --reps 3 --old-timeout 600

For each size, bench/sarif/gen.py writes the findings (five kinds, with
notes, a note in a header and fix-its; about 1.3 KB of export each), then
each of these runs, interleaved, --reps times (the median is printed):

  old -j2  git show OLD:tool/sarif/labelguard-sarif (--old, default the
           commit before the rewrite), stopped after --old-timeout seconds
  new -j1  this checkout's labelguard-sarif, all in one process
  new -j2  the same, converting findings in a worker process
  (-j also sets how many clang-tidy runs -p starts at once)

on three inputs: the merged export (--from-export-fixes export.yaml); the
same with --baseline, a log of the same findings (all unchanged); and -p
with a stand-in for labelguard-tidy that prints each file's clang-tidy text
and copies its export (the per-file exports and text outputs).

Each run's wall time, CPU time (user + system, all its processes), and peak
memory: the sum over its processes of their proportional set size (PSS:
pages a forked worker shares with its parent counted once), sampled every
50 ms from /proc, and the largest single process's peak resident set
(exact, from the kernel). It
checks that every log a run wrote is the same, byte for byte, as the other
runs' of that input. Nothing here is a test: it prints figures.
Needs Python 3 and PyYAML (Debian: python3-yaml), git, and Linux's /proc.
"""

import argparse
import hashlib
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
# The last labelguard-sarif before exports were streamed.
OLD = "97d1487^"


def descendants(pid):
    """pid and the processes under it."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def pss_kb(pid):
    """A process's proportional set size: its pages, those it shares with
    others (a forked worker with its parent) counted in part, so that the sum
    over processes is the memory they take together."""
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(argv, timeout, log):
    """Runs argv; returns {wall, cpu, rss (the peak of the sum of its
    processes' PSS, MB), max_rss (its largest process's peak RSS, MB), rc,
    stopped}."""
    start = time.monotonic()
    with open(log, "wb") as err:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)
    peak, stopped = 0, False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, sum(pss_kb(p) for p in descendants(proc.pid)))
        if time.monotonic() - start > timeout and not stopped:
            os.killpg(proc.pid, signal.SIGKILL)
            stopped = True
        time.sleep(0.05)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": peak / 1024.0,
            "max_rss": usage.ru_maxrss / 1024.0, "rc": proc.returncode,
            "stopped": stopped}


def digest(path):
    if not os.path.exists(path):
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--quick", action="store_true", help="1k and 10k")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--old", default=OLD, help="the git revision of the "
                    "old labelguard-sarif (default %(default)s)")
    ap.add_argument("--old-timeout", type=float, default=300,
                    help="stop the old one after this many seconds "
                    "(default %(default)s, the issue's figure)")
    ap.add_argument("--work-dir", default=os.path.join(
        os.environ.get("LABELGUARD_BUILD_DIR", os.path.join(TOP, "build")),
        "bench-sarif"))
    args = ap.parse_args()
    sizes = [1000, 10000] if args.quick else \
        [int(s) for s in args.sizes.split(",")]
    work = os.path.abspath(args.work_dir)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    # Measure copies: a change to the checkout during the run must not swap
    # the program between repetitions.
    old = os.path.join(work, "old", "labelguard-sarif")
    os.makedirs(os.path.dirname(old))
    with open(old, "wb") as f:
        f.write(subprocess.check_output(
            ["git", "-C", TOP, "show", args.old +
             ":tool/sarif/labelguard-sarif"]))
    new = os.path.join(work, "new", "labelguard-sarif")
    os.makedirs(os.path.dirname(new))
    shutil.copy(os.path.join(TOP, "tool", "sarif", "labelguard-sarif"), new)
    # Named by the last commit that changed it.
    old_rev = subprocess.check_output(
        ["git", "-C", TOP, "log", "-1", "--format=%h", args.old, "--",
         "tool/sarif/labelguard-sarif"], text=True)
    new_rev = subprocess.check_output(
        ["git", "-C", TOP, "log", "-1", "--format=%h", "--",
         "tool/sarif/labelguard-sarif"], text=True).strip()
    if subprocess.run(["git", "-C", TOP, "diff", "--quiet", "HEAD", "--",
                       "tool/sarif/labelguard-sarif"]).returncode:
        new_rev += " with local changes"
    # -j also sets how many clang-tidy runs -p starts at once.
    programs = [("old (%s) -j2" % old_rev.strip(),
                 [sys.executable, old, "-j2"], True),
                ("new -j1", [sys.executable, new, "-j1"], False),
                ("new -j2", [sys.executable, new, "-j2"], False)]
    import yaml
    print("labelguard-sarif: old = %s, new = %s (the commits that last "
          "changed it)" % (old_rev.strip(), new_rev))
    print("machine: %d CPUs, %s; Python %s, PyYAML %s (libyaml: %s)" % (
        os.cpu_count(), platform.platform(), platform.python_version(),
        yaml.__version__, "yes" if hasattr(yaml, "CSafeLoader") else "no"))
    print("load average at start: %.2f %.2f %.2f" % os.getloadavg())
    print()

    rows = []
    for n in sizes:
        data = os.path.join(work, "n%d" % n)
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n),
                        data], check=True)
        src = os.path.join(data, "src")
        export = os.path.join(data, "export.yaml")
        size = os.path.getsize(export) / 1e6
        texts = sum(os.path.getsize(os.path.join(data, "text", t))
                    for t in os.listdir(os.path.join(data, "text"))) / 1e6
        common = ["--source-root", src, "--fail-on", "none", "--docs-url",
                  "https://example.invalid/docs/"]
        # The baseline: a log of the same findings, by the new program.
        baseline = os.path.join(data, "baseline.sarif")
        subprocess.run([sys.executable, new, "--from-export-fixes", export,
                        "-o", baseline] + common, check=True,
                       stderr=subprocess.DEVNULL)
        inputs = [
            ("export (%.0f MB)" % size, ["--from-export-fixes", export]),
            ("export + baseline (%.0f MB)" % (
                os.path.getsize(baseline) / 1e6),
             ["--from-export-fixes", export, "--baseline", baseline]),
            ("-p, stand-in clang-tidy (%d files, %.0f MB of text)" % (
                len(os.listdir(os.path.join(data, "text"))), texts),
             ["-p", data, "--clang-tidy", os.path.join(data, "fake-tidy")]),
        ]
        for what, input_args in inputs:
            runs = {label: [] for label, _, _ in programs}
            logs = {}
            for rep in range(args.reps):
                for label, argv, is_old in programs:
                    out = os.path.join(data, "out-%d.sarif" % len(logs))
                    if os.path.exists(out):
                        os.remove(out)
                    m = measure(argv + input_args + common + ["-o", out],
                                args.old_timeout if is_old else 3600,
                                out + ".stderr")
                    runs[label].append(m)
                    logs.setdefault(label, []).append(
                        None if m["stopped"] or m["rc"] != 0 else
                        digest(out))
                    if os.path.exists(out):
                        os.remove(out)
                    print("  %d findings, %s, %s, rep %d: %s" % (
                        n, what, label, rep + 1, describe(m)), flush=True)
            written = {d for ds in logs.values() for d in ds if d}
            rows.append((n, what, {l: summary(ms) for l, ms in runs.items()},
                         "yes" if len(written) == 1 else
                         "NO (%d different logs)" % len(written)))
    print()
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())
    print()
    labels = [label for label, _, _ in programs]
    print("== labelguard-sarif: wall s / CPU s / peak memory MB (PSS, all "
          "processes), median of %d ==" % args.reps)
    print()
    print("| findings | input | " + " | ".join(labels) +
          " | same log |")
    print("|---|---|" + "---|" * len(labels) + "---|")
    for n, what, cells, same in rows:
        print("| %s | %s | %s | %s |" % (
            "{:,}".format(n), what, " | ".join(cells[l] for l in labels),
            same))


def describe(m):
    if m["stopped"]:
        return "stopped after %.0f s (CPU %.1f s, %.0f MB PSS so far)" % (
            m["wall"], m["cpu"], m["rss"])
    return "%.2f s, CPU %.2f s, %.0f MB PSS (largest process RSS %.0f MB), " \
        "exit %d" % (m["wall"], m["cpu"], m["rss"], m["max_rss"], m["rc"])


def summary(ms):
    if any(m["stopped"] for m in ms):
        m = ms[0]
        return "> %.0f s (stopped; %.0f MB by then)" % (m["wall"], m["rss"])
    return "%.2f / %.2f / %.0f" % (
        statistics.median(m["wall"] for m in ms),
        statistics.median(m["cpu"] for m in ms),
        statistics.median(m["rss"] for m in ms))


if __name__ == "__main__":
    main()
