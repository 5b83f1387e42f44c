#!/usr/bin/env python3
"""The link of 10,000 units' summaries (docs/performance.md, "The
whole-program scan"): how long `labelguard-scan link` takes, how much memory
it needs, and how large a summary is. Prints figures; asserts nothing (the
exit status is 1 only when a step fails or the derived summaries do not link
to the findings the real ones do).

  bench/link/run.py [--bin DIR] [--build BUILD] [--work DIR] [-j 2]
                    [--units 10000] [--sizes 1000,3000] [--reps 5]
                    [--load-units 150] [--handler-units 48]

1. Real units, summarised with `labelguard-scan -p` (one compile database,
   -j processes):
     load      LOAD_UNITS units of bench/load/gen_project.py: each a handler,
               a relay and a helper; the raw target goes down a chain of
               relays ten units long, the path through the next unit's
               helper;
     handlers  HANDLER_UNITS handler sources of bench/buildsystems (the
               stand-in cpp-httplib), every other one passing the raw path
               to a metrics helper in another file, and that helper's file;
     example   examples/service/*.cpp (cpp-httplib and prometheus-cpp from
               Debian), with main.cpp's flags from BUILD/compile_commands.json;
     servers   bench/overhead/servers/*.cpp (Boost.Beast, POCO, cpprestsdk),
               with bench/overhead's flags;
     generated one bench/overhead/gen.py service of 100 handlers.
   Each summary's size is printed against the unit's preprocessed source
   (`clang++-19 -E` with the unit's own flags).
2. Derived units, up to UNITS in all: copies of the whole real program, each
   with every path under a group's directory moved to a directory of its own
   (file names, the unit's inputs, keys of functions with internal linkage)
   and every function the group defines with external linkage renamed
   (`relay_7` -> `relay_7_d003` in its USR key, its name and every call to
   it), consistently across the copy, so that each copy is a distinct
   program with the same shapes and the same cross-unit calls as the real
   one. Library functions (std, prometheus, httplib, labelguard, Boost,
   POCO, cpprestsdk) keep their keys, as in a real program. The last copy
   is partial. Checked: one derived copy links to as many findings as the
   real units do.
3. `labelguard-scan link -o INDEX DIR` over all UNITS summaries (and over
   @list files of the first SIZES), REPS times interleaved, each under
   /usr/bin/time: wall, CPU (user + sys), peak resident memory; the median
   is printed against the goal (10,000 units in 5 s).
"""

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "load"))
import gen_project  # noqa: E402

# bench/buildsystems/run.py, under a name that is not this file's.
_spec = importlib.util.spec_from_file_location(
    "buildsystems", os.path.join(ROOT, "bench", "buildsystems", "run.py"))
buildsystems = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(buildsystems)

CHECK = "metrics-high-cardinality-label"
GOAL_UNITS, GOAL_SECONDS = 10000, 5.0
# Library namespaces (and the like) whose functions keep their keys in a
# derived copy: every unit of a real program shares them.
LIBRARIES = {"std", "__gnu_cxx", "__cxxabiv1", "prometheus", "httplib", "labelguard",
             "boost", "Poco", "web", "pplx", "Concurrency", "utility", "utf8",
             "operator new", "operator delete"}


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def binary_facts(path):
    st = os.stat(path)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    return "%s (%s UTC, sha256 %s)" % (path, time.strftime(
        "%Y-%m-%d %H:%M:%S", time.gmtime(st.st_mtime)), digest)


def httplib_flags():
    """cpp-httplib's .pc file carries the macros its library was built with."""
    try:
        return subprocess.run(["pkg-config", "--cflags", "cpp-httplib"],
                              stdout=subprocess.PIPE, universal_newlines=True,
                              check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return []


def entry(directory, path, flags):
    return {"directory": directory, "file": path,
            "arguments": ["clang++-19"] + flags + ["-c", path, "-o", "/dev/null"]}


def real_program(work, build, load_units, handler_units):
    """Writes the generated sources; returns ({group: root}, [compile entries],
    {file: group})."""
    real = os.path.join(work, "real")
    shutil.rmtree(real, ignore_errors=True)
    os.makedirs(real)
    roots, entries = {}, []

    roots["load"] = os.path.join(real, "load")
    gen_project.generate(load_units, roots["load"])
    with open(os.path.join(roots["load"], "build", "compile_commands.json")) as f:
        entries += json.load(f)

    roots["handlers"] = os.path.join(real, "handlers")
    # The buildsystems workspace (its Bazel and CMake files are written too,
    # and not used); its flags are those CMake gives it.
    buildsystems.generate(roots["handlers"], os.path.join(work, "no-prefix"),
                          handler_units, 50)
    hroot = roots["handlers"]
    hflags = ["-std=c++17", "-I" + hroot, "-isystem", os.path.join(hroot, "stubs")]
    for dirpath, _, files in sorted(os.walk(hroot)):
        for name in sorted(files):
            if name.endswith(".cpp"):
                entries.append(entry(hroot, os.path.join(dirpath, name), hflags))

    roots["example"] = os.path.join(ROOT, "examples", "service")
    flags, directory = None, ROOT
    db = os.path.join(build, "compile_commands.json")
    if os.path.exists(db):
        with open(db) as f:
            for e in json.load(f):
                # (By its path in the checkout: the bench may run from a copy.)
                if e["file"].endswith("/examples/service/main.cpp"):
                    args = e.get("arguments") or shlex.split(e["command"])
                    flags, skip = [], False
                    for a in args[1:]:
                        if skip:
                            skip = False
                        elif a in ("-o", "-c"):
                            skip = True
                        elif not a.endswith("/examples/service/main.cpp"):
                            flags.append(a)
                    directory = e["directory"]
    if flags is None:   # no build directory: the flags its CMakeLists gives
        flags = ["-std=c++17", "-I" + os.path.join(ROOT, "include")] + httplib_flags()
    for name in sorted(os.listdir(roots["example"])):   # main.cpp, and any other
        if name.endswith(".cpp"):
            entries.append(entry(directory, os.path.join(roots["example"], name), flags))

    roots["servers"] = os.path.join(ROOT, "bench", "overhead", "servers")
    sflags = ["-std=c++17", "-I" + os.path.join(ROOT, "include")] + httplib_flags()
    for name in sorted(os.listdir(roots["servers"])):
        if name.endswith(".cpp"):
            entries.append(entry(roots["servers"], os.path.join(roots["servers"], name),
                                 sflags))

    roots["generated"] = os.path.join(real, "generated")
    os.makedirs(roots["generated"])
    gen = os.path.join(roots["generated"], "service_100.cpp")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "overhead", "gen.py"),
                    "handlers", "100", gen], check=True)
    entries.append(entry(roots["generated"], gen, sflags))

    bdir = os.path.join(real, "build")
    os.makedirs(bdir)
    with open(os.path.join(bdir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    group_of = {}
    for e in entries:
        for g, r in roots.items():
            if e["file"].startswith(r + "/"):
                group_of[e["file"]] = g
    return roots, entries, group_of, bdir


def preprocessed_bytes(e):
    args = ["clang++-19", "-E", "-o", "-"]
    skip = False
    for a in e["arguments"][1:]:
        if skip:
            skip = False
        elif a in ("-o", "-c"):
            skip = True
        elif a != e["file"]:
            args.append(a)
    args.append(e["file"])
    p = subprocess.run(args, cwd=e["directory"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    return len(p.stdout) if p.returncode == 0 else None


def time_it(args):
    """/usr/bin/time around ARGS: (wall s, user + sys s, peak RSS KiB, exit)."""
    fmt = "LGTIME %e %U %S %M"
    p = subprocess.run(["/usr/bin/time", "-f", fmt] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    m = re.search(r"^LGTIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$", p.stderr, re.M)
    rc = p.returncode
    if not m:
        return None, None, None, rc, p.stderr
    return (float(m.group(1)), float(m.group(2)) + float(m.group(3)), int(m.group(4)),
            rc, p.stderr)


def outermost_name(key):
    """The first named component of an external-linkage USR key, or None."""
    m = re.match(r"c:@(?:N|S|C|U|E|F|FT@>\d+#[^@]*|ST>\d+#[^@]*|SP>\d+#[^@]*)@([A-Za-z_]\w*)",
                 key)
    return m.group(1) if m else None


class Renamer:
    """Rewrites one group's summary text into copy SUFFIX: paths under the
    group's root move to NEW_ROOT, and the group's own external names gain
    SUFFIX wherever they are a component of a USR, a qualified name or a
    name by themselves."""

    def __init__(self, root, names):
        self.root = root
        self.names = sorted(names, key=len, reverse=True)
        alt = "|".join(re.escape(n) for n in self.names) or "(?!)"
        # Where a summary spells a function's name: a component of a USR
        # (after '@'), a component of a qualified name ('::' around it, or
        # '"' before), and a "name" field. Nowhere else: a bare word may
        # also be one of the format's own keys or values ("main", "read").
        self.pattern = re.compile(
            r'(?:(?<=@)|(?<=::)|(?<="name":"))(%s)(?=[#@>$|"(<]|::)'
            r'|(?<=")(%s)(?=::)' % (alt, alt))

    def apply(self, text, new_root, suffix):
        text = text.replace(self.root + "/", new_root + "/")
        return self.pattern.sub(lambda m: m.group(0) + suffix, text)


def count_findings(index):
    with open(index) as f:
        return len(json.load(f).get("findings", []))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="where labelguard-scan is (default: BUILD/bin; use a "
                    "copy so that a rebuild cannot swap it mid-run)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"),
                    help="the build directory whose compile database gives the example's flags")
    ap.add_argument("--work", default="/tmp/labelguard-bench-link")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--units", type=int, default=GOAL_UNITS)
    ap.add_argument("--sizes", default="1000,3000",
                    help="smaller links timed beside the full one (@list files)")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--load-units", type=int, default=150)
    ap.add_argument("--handler-units", type=int, default=48)
    a = ap.parse_args()
    work = os.path.abspath(a.work)
    os.makedirs(work, exist_ok=True)
    scan = os.path.join(a.bin or os.path.join(a.build, "bin"), "labelguard-scan")
    started = time.time()
    print("machine: %d cores; load average %s at start; %s" % (
        os.cpu_count(), loadavg(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    print("labelguard-scan: " + binary_facts(scan))
    head = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %ci"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          universal_newlines=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--",
                            "examples/service", "bench/overhead/servers"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           universal_newlines=True).stdout.split("\n")
    print("checkout: %s; example and servers as in the working tree%s" % (
        head or "(not a git checkout)", "" if not any(dirty) else " (modified: %s)" % ", ".join(
            l[3:] for l in dirty if l)))
    ok = True

    # 1. The real units.
    roots, entries, group_of, bdir = real_program(work, a.build, a.load_units,
                                                  a.handler_units)
    # Kept between runs (outside WORK/real, which is written again): the
    # scan analyses again only the units whose inputs changed.
    real_sums = os.path.join(work, "real-summaries")
    real_idx = os.path.join(work, "real.idx")
    t0 = time.time()
    p = subprocess.run([scan, "-p", bdir, "-j", str(a.jobs),
                        "--config=" + gen_project.CONFIG, "--summary-dir", real_sums,
                        "--index", real_idx], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    took = time.time() - t0
    if p.returncode not in (0, 1):
        print("labelguard-scan over the real units: exit %d\n%s" % (p.returncode,
                                                                   p.stderr[-3000:]))
        ok = False
    counted = re.search(r"\((\d+) analysed, (\d+) summaries reused\)", p.stderr)
    real_findings = count_findings(real_idx)
    by_main = {}
    wanted = {os.path.realpath(e["file"]) for e in entries}
    for name in sorted(os.listdir(real_sums)):
        if not name.endswith(".lgs"):
            continue
        path = os.path.join(real_sums, name)
        with open(path) as f:
            d = json.load(f)
        if d["main"] in wanted:   # not a summary left by a run with other sizes
            by_main[d["main"]] = (path, d)
    broken = [m for m, (_, d) in by_main.items() if d["errors"]]
    print("real units: %d summarised by labelguard-scan -p -j %d in %.0f s (%s; %d did not "
          "compile: %s); %d findings when linked" % (
              len(by_main), a.jobs, took,
              counted.group(0)[1:-1] if counted else "?", len(broken),
              ", ".join(broken) or "none", real_findings))
    groups = {}
    for e in entries:
        groups.setdefault(group_of[e["file"]], []).append(e)

    # Sizes: summary against preprocessed source.
    print()
    print("== summary size per real unit (bytes), against the preprocessed source "
          "(clang++-19 -E, the unit's flags) ==")
    print()
    print("| units | count | summary median | mean | max | preprocessed median | "
          "summary / preprocessed: median | mean | min | max | sum / sum |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    allrows = []
    for g in ["load", "handlers", "example", "servers", "generated", None]:
        rows = []
        for e in (entries if g is None else groups[g]):
            f = os.path.realpath(e["file"])
            if f not in by_main or by_main[f][1]["errors"]:
                continue
            if g is not None:
                pre = preprocessed_bytes(e)
                if not pre:
                    continue
                rows.append((os.path.getsize(by_main[f][0]), pre))
                allrows.append(rows[-1])
        if g is None:
            rows = allrows
        if not rows:
            continue
        s = [r[0] for r in rows]
        frac = [r[0] / r[1] for r in rows]
        print("| %s | %d | %d | %.0f | %d | %d | %.4f | %.4f | %.4f | %.4f | %.4f |" % (
            g or "**all real units**", len(rows), statistics.median(s), statistics.mean(s),
            max(s), statistics.median(r[1] for r in rows), statistics.median(frac),
            statistics.mean(frac), min(frac), max(frac), sum(s) / sum(r[1] for r in rows)))
    print()

    # 2. Derived units.
    derived = os.path.join(work, "derived")
    shutil.rmtree(derived, ignore_errors=True)
    os.makedirs(derived)
    renamers = {}
    for g, es in groups.items():
        names = set()
        for e in es:
            f = os.path.realpath(e["file"])
            if f in by_main:
                for fn in by_main[f][1]["functions"]:
                    n = outermost_name(fn["key"])
                    if n and n not in LIBRARIES:
                        names.add(n)
        renamers[g] = Renamer(os.path.realpath(roots[g]), names)
    real_list = []
    for g in ["load", "handlers", "example", "servers", "generated"]:
        for e in groups[g]:
            f = os.path.realpath(e["file"])
            if f in by_main:
                real_list.append((g, by_main[f][0]))
    texts = {}
    for g, path in real_list:
        with open(path) as f:
            texts[path] = f.read()
    all_files = []
    for g, path in real_list:
        dest = os.path.join(derived, "real-" + os.path.basename(path))
        shutil.copyfile(path, dest)
        all_files.append(dest)
    copy = 0
    t0 = time.time()
    while len(all_files) < a.units:
        copy += 1
        suffix = "_d%03d" % copy
        for g, path in real_list:
            if len(all_files) >= a.units:
                break
            new_root = os.path.join(work, "copies", "d%03d" % copy, g)
            dest = os.path.join(derived, "d%03d-%s" % (copy, os.path.basename(path)))
            with open(dest, "w") as f:
                f.write(renamers[g].apply(texts[path], new_root, suffix))
            all_files.append(dest)
    partial = len(all_files) - len(real_list) - (copy - 1) * len(real_list) \
        if copy else 0
    sizes = [os.path.getsize(f) for f in all_files]
    print("derived units: %d copies of the %d real units (the last one %d units), renamed "
          "as the docstring says, in %.0f s; %d summaries in all, %.1f MiB (median %d bytes, "
          "mean %.0f, max %d)" % (copy, len(real_list), partial, time.time() - t0,
                                  len(all_files), sum(sizes) / 2**20,
                                  statistics.median(sizes), statistics.mean(sizes),
                                  max(sizes)))
    # The renaming is consistent if one copy links to what the real units do.
    if copy >= 1 and len(all_files) >= 2 * len(real_list):
        one = os.path.join(work, "one-copy.list")
        with open(one, "w") as f:
            f.write("\n".join(all_files[len(real_list):2 * len(real_list)]) + "\n")
        idx = os.path.join(work, "one-copy.idx")
        w, c, m, rc, err = time_it([scan, "link", "-o", idx, "@" + one])
        got = count_findings(idx) if rc in (0, 1) and os.path.exists(idx) else -1
        same = got == real_findings
        ok = ok and same
        print("check: the first derived copy alone links to %d findings, the real units "
              "to %d: %s" % (got, real_findings, "same" if same else "DIFFERENT"))

    # 3. The link.
    sizes_to_time = sorted({int(x) for x in a.sizes.split(",") if x} |
                           {len(real_list)}) if a.sizes else [len(real_list)]
    sizes_to_time = [n for n in sizes_to_time if n < len(all_files)]
    lists = {}
    for n in sizes_to_time:
        lists[n] = os.path.join(work, "first-%d.list" % n)
        with open(lists[n], "w") as f:
            f.write("\n".join(all_files[:n]) + "\n")
    runs = {n: [] for n in sizes_to_time + [len(all_files)]}
    index = os.path.join(work, "link.idx")
    for r in range(a.reps):
        for n in runs:
            src = derived if n == len(all_files) else "@" + lists[n]
            w, c, m, rc, err = time_it([scan, "link", "-o", index, src])
            if w is None or rc not in (0, 1):
                print("link of %d: exit %d\n%s" % (n, rc, err[-2000:]))
                ok = False
                continue
            runs[n].append((w, c, m, os.path.getsize(index),
                            count_findings(index) if r == 0 else None))
    print()
    print("== labelguard-scan link -o INDEX (DIR | @LIST): %d runs each, interleaved; "
          "/usr/bin/time ==" % a.reps)
    print()
    print("| units | input | wall median (runs) | CPU user+sys median | peak RSS median | "
          "index | findings |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for n, rs in runs.items():
        if not rs:
            continue
        print("| %d | %s | %.2f s (%s) | %.2f s | %.0f MiB | %.1f MiB | %d |" % (
            n, "directory" if n == len(all_files) else "@list",
            statistics.median(x[0] for x in rs), ", ".join("%.2f" % x[0] for x in rs),
            statistics.median(x[1] for x in rs), statistics.median(x[2] for x in rs) / 1024,
            rs[0][3] / 2**20, rs[0][4]))
    full = runs[len(all_files)]
    if full:
        med = statistics.median(x[0] for x in full)
        print()
        print("link of %d units: median %.2f s wall against the goal of %.0f s for %d: %s" % (
            len(all_files), med, GOAL_SECONDS, GOAL_UNITS,
            "met" if med <= GOAL_SECONDS and len(all_files) >= GOAL_UNITS else
            "NOT MET" if med > GOAL_SECONDS else "(fewer units than the goal's)"))
        print("real units in it: %d (summarised); derived: %d (renamed copies)" % (
            len(real_list), len(all_files) - len(real_list)))
    print("machine after the run: load average %s; took %.0f s" % (
        loadavg(), time.time() - started))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
