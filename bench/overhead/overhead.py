#!/usr/bin/env python3
"""bench/overhead: what metrics-high-cardinality-label costs on real code.

Runs, side by side and interleaved (every repetition runs every tool on every
translation unit, in a rotating order, so that other load on the machine hits
all of them alike), under /usr/bin/time:

  syntax   clang++-19 -fsyntax-only                        the floor
  trivial  clang-tidy-19 --checks=-*,misc-unused-alias-decls   the baseline
  plugin   clang-tidy-19 --load=labelguard-plugin.so --checks=-*,metrics-...
  driver   labelguard-tidy --checks=-*,metrics-high-cardinality-label
  dtrivial labelguard-tidy --checks=-*,misc-unused-alias-decls (the driver's
           own baseline: same binary as `driver`)
  profile  labelguard-tidy --enable-check-profile: the check's own time
  csa      clang++-19 --analyze with alpha.security.taint.GenericTaint and
           taint.yaml (the peer)
  before   --baseline-tidy BIN --checks=-*,metrics-high-cardinality-label:
           another build of labelguard-tidy (say, an older commit), so that
           a change's cost is measured before and after in the same run

on the example service, three servers in servers/ (Boost.Beast, POCO,
cpprestsdk), generated services of 250, 1,000, 2,000 and 4,000 handlers and
a pathological TU at two sizes (gen.py). Prints medians and ratios.
Run it through bench/overhead/run.sh; see docs/performance.md.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CHECK = "metrics-high-cardinality-label"
TRIVIAL = "misc-unused-alias-decls"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def httplib_flags():
    """cpp-httplib's .pc file carries the macros its library was built with."""
    try:
        out = subprocess.run(["pkg-config", "--cflags", "cpp-httplib"],
                             capture_output=True, text=True, check=True).stdout
        return out.split()
    except (OSError, subprocess.CalledProcessError):
        return []


def corpus(work, quick):
    """[(name, path, group)]; writes the generated files."""
    tus = [("example service", os.path.join(REPO, "examples", "service", "main.cpp"), "real"),
           ("Boost.Beast server", os.path.join(HERE, "servers", "beast_server.cpp"), "real"),
           ("POCO server", os.path.join(HERE, "servers", "poco_server.cpp"), "real"),
           ("cpprestsdk server", os.path.join(HERE, "servers", "cpprest_server.cpp"), "real")]
    sizes = [250, 1000] if quick else [250, 1000, 2000, 4000]
    for n in sizes:
        path = os.path.join(work, f"gen_{n}.cpp")
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "handlers", str(n), path],
                       check=True)
        tus.append((f"generated, {n:,} handlers", path, "scale"))
    # The same flows with every raw value guarded: no finding, so no fix-it
    # is planned -- this separates the analysis from the fix-its' cost.
    path = os.path.join(work, "guarded_1000.cpp")
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "guarded", "1000", path],
                   check=True)
    tus.append(("generated, 1,000 handlers, every flow guarded", path, "real"))
    for s in ([1] if quick else [1, 4]):
        path = os.path.join(work, f"patho_{s}.cpp")
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "patho", str(s), path],
                       check=True)
        tus.append((f"pathological x{s}", path, "patho"))
    return tus


def write_compile_db(work, tus, args):
    entries = [{"directory": work, "file": path,
                "arguments": ["clang++-19"] + args + ["-c", path, "-o", "/dev/null"]}
               for _, path, _ in tus]
    with open(os.path.join(work, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


def commands(build, work, args, csa_config, baseline):
    tidy = os.path.join(build, "bin", "labelguard-tidy")
    plugin = os.path.join(build, "lib", "labelguard-plugin.so")
    tidy_common = ["-p", work, "--quiet"]
    cmds = {
        "syntax": lambda f: ["clang++-19"] + args + ["-fsyntax-only", f],
        "trivial": lambda f: ["clang-tidy-19"] + tidy_common + [f"--checks=-*,{TRIVIAL}", f],
        "plugin": lambda f: ["clang-tidy-19", f"--load={plugin}"] + tidy_common
        + [f"--checks=-*,{CHECK}", f],
        "driver": lambda f: [tidy] + tidy_common + [f"--checks=-*,{CHECK}", f],
        "dtrivial": lambda f: [tidy] + tidy_common + [f"--checks=-*,{TRIVIAL}", f],
        "profile": lambda f: [tidy] + tidy_common + ["--enable-check-profile",
                                                      f"--checks=-*,{CHECK}", f],
        "csa": lambda f: ["clang++-19"] + args + [
            "--analyze", "-Xclang", "-analyzer-output=text",
            "-Xclang", "-analyzer-checker=alpha.security.taint.GenericTaint",
            "-Xclang", "-analyzer-config", "-Xclang",
            f"alpha.security.taint.TaintPropagation:Config={csa_config}",
            "-o", "/dev/null", f],
    }
    if baseline:
        cmds["before"] = lambda f: [baseline] + tidy_common + [f"--checks=-*,{CHECK}", f]
    return cmds


PROFILE_ROW = re.compile(
    r"^\s*([\d.]+)\s+\(\s*[\d.]+%\)\s+([\d.]+)\s+\(\s*[\d.]+%\)\s+([\d.]+)\s+\(\s*[\d.]+%\)"
    r"\s+([\d.]+)\s+\(\s*[\d.]+%\)\s+" + re.escape(CHECK) + r"\s*$")


def timed(cmd, timeout):
    """Runs cmd under GNU time; returns (wall s, peak RSS bytes, output)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        try:
            p = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", tf.name] + cmd,
                               capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None, "timeout"
        fields = tf.read().split()
    out = p.stdout + p.stderr
    if p.returncode != 0:
        log(f"overhead.py: exit {p.returncode}: {' '.join(cmd)}\n{out[-2000:]}")
    wall, rss = float(fields[-2]), int(fields[-1]) * 1024
    return wall, rss, out


def findings(tool, out):
    if tool == "csa":
        return len(re.findall(r": warning: .*\[alpha\.security\.taint", out))
    if tool in ("plugin", "driver", "before"):
        return len(re.findall(r": warning: .*\[" + CHECK + r"\]", out))
    return None


def machine_facts():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    return f"{os.cpu_count()} cores ({cpu}); load average {load}"


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt_s(x):
    return "timeout" if x is None else f"{x:.2f}"


def fmt_m(x):
    return "-" if x is None else f"{x / 1048576:.0f}"


def ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=None, help="repetitions (default 3; 1 with --quick)")
    ap.add_argument("--quick", action="store_true",
                    help="1 repetition unless --reps; 250 and 1,000 handlers; one pathological size")
    ap.add_argument("--baseline-tidy", metavar="BIN",
                    help="another labelguard-tidy binary (an older build) to run with the check "
                    "alongside this build's, for a before/after table")
    ap.add_argument("--no-csa", action="store_true", help="skip the Static Analyzer")
    ap.add_argument("--csa-max-handlers", type=int, default=1000,
                    help="run the Static Analyzer on generated TUs up to this size "
                    "(it takes ~100 s per 1,000 handlers on 2 cores)")
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    ap.add_argument("--timeout", type=int, default=900, help="seconds per run")
    args = ap.parse_args()
    reps = args.reps if args.reps is not None else (1 if args.quick else 3)
    if reps < 1:
        sys.exit("overhead.py: --reps must be at least 1")
    baseline = os.path.abspath(args.baseline_tidy) if args.baseline_tidy else None
    if baseline and not os.access(baseline, os.X_OK):
        sys.exit(f"overhead.py: --baseline-tidy {args.baseline_tidy}: not an executable file")

    build = os.path.abspath(args.build_dir)
    work = os.path.join(build, "bench-overhead")
    os.makedirs(work, exist_ok=True)
    for tool in ("clang++-19", "clang-tidy-19", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit(f"overhead.py: {tool} not found (bench/install-bench-deps.sh)")
    for f in ("bin/labelguard-tidy", "lib/labelguard-plugin.so"):
        if not os.path.exists(os.path.join(build, f)):
            sys.exit(f"overhead.py: {build}/{f} not built")

    flags = ["-std=c++17", "-I" + os.path.join(REPO, "include")] + httplib_flags()
    tus = corpus(work, args.quick)
    write_compile_db(work, tus, flags)
    cmds = commands(build, work, flags, os.path.join(HERE, "taint.yaml"), baseline)
    tools = [t for t in cmds if not (t == "csa" and args.no_csa)]

    print(f"machine: {machine_facts()}")
    version = subprocess.run(["clang-tidy-19", "--version"], capture_output=True,
                             text=True).stdout
    print("clang-tidy-19: " + next((l.strip() for l in version.splitlines()
                                    if "version" in l), "?"))
    t0 = time.time()
    results = {}  # (tu, tool) -> list of (wall, rss, findings, check_s)
    for rep in range(reps):
        for i, (name, path, _) in enumerate(tus):
            order = tools[(rep + i) % len(tools):] + tools[:(rep + i) % len(tools)]
            m = re.search(r"([\d,]+) handlers", name)
            if m and (int(m.group(1).replace(",", "")) > args.csa_max_handlers
                      or "guarded" in name):
                order = [t for t in order if t != "csa"]
            for tool in order:
                wall, rss, out = timed(cmds[tool](path), args.timeout)
                check_s = None
                if tool == "profile" and wall is not None:
                    for line in out.splitlines():
                        m = PROFILE_ROW.match(line)
                        if m:
                            check_s = float(m.group(4))  # wall time column
                results.setdefault((name, tool), []).append(
                    (wall, rss, findings(tool, out), check_s))
            log(f"overhead.py: rep {rep + 1}/{reps}: {name} done ({time.time() - t0:.0f} s)")

    def m_wall(name, tool):
        return med([r[0] for r in results.get((name, tool), [])])

    def m_rss(name, tool):
        return med([r[1] for r in results.get((name, tool), [])])

    def m_check(name):
        return med([r[3] for r in results.get((name, "profile"), [])])

    def nfind(name, tool):
        rs = results.get((name, tool), [])
        return rs[0][2] if rs else None

    print()
    print(f"== overhead: median of {reps} run(s), wall seconds / peak RSS MiB; "
          f"ratios against the trivial check in the same binary ==")
    print("| translation unit | -fsyntax-only | clang-tidy-19, trivial check | plugin "
          "| plugin / trivial (time, memory) | labelguard-tidy | labelguard-tidy, trivial check "
          "| driver / its trivial (time, memory) | the check's own time (s) | findings |")
    print("|" + "---|" * 10)
    for name, _, group in tus:
        if group == "patho":
            continue
        row = [name]
        for tool in ("syntax", "trivial", "plugin"):
            row.append(f"{fmt_s(m_wall(name, tool))} s / {fmt_m(m_rss(name, tool))}")
        row.append(f"{ratio(m_wall(name, 'plugin'), m_wall(name, 'trivial'))}, "
                   f"{ratio(m_rss(name, 'plugin'), m_rss(name, 'trivial'))}")
        for tool in ("driver", "dtrivial"):
            row.append(f"{fmt_s(m_wall(name, tool))} s / {fmt_m(m_rss(name, tool))}")
        row.append(f"{ratio(m_wall(name, 'driver'), m_wall(name, 'dtrivial'))}, "
                   f"{ratio(m_rss(name, 'driver'), m_rss(name, 'dtrivial'))}")
        row.append(fmt_s(m_check(name)))
        row.append(str(nfind(name, "driver")))
        print("| " + " | ".join(row) + " |")

    scale = [(name, int(re.search(r"([\d,]+) handlers", name).group(1).replace(",", "")))
             for name, _, g in tus if g == "scale"]
    if scale:
        base_name, base_n = scale[0]
        print()
        print("== scaling: generated services, labelguard-tidy (median wall s); "
              f"ratios against {base_n} handlers ==")
        print("| handlers | x handlers | -fsyntax-only (s) | labelguard-tidy (s) | x time "
              "| the check's own time (s) | x check time | findings |")
        print("|" + "---|" * 8)
        for name, n in scale:
            print(f"| {n:,} | {n / base_n:.0f} | {fmt_s(m_wall(name, 'syntax'))} | "
                  f"{fmt_s(m_wall(name, 'driver'))} | "
                  f"{ratio(m_wall(name, 'driver'), m_wall(base_name, 'driver'))} | "
                  f"{fmt_s(m_check(name))} | {ratio(m_check(name), m_check(base_name))} | "
                  f"{nfind(name, 'driver')} |")

    patho = [name for name, _, g in tus if g == "patho"]
    if patho:
        print()
        print("== pathological functions (gen.py patho): median wall s ==")
        print("| translation unit | -fsyntax-only | clang-tidy-19, trivial | labelguard-tidy "
              "| labelguard-tidy / its trivial | the check's own time (s) | findings |")
        print("|" + "---|" * 7)
        for name in patho:
            print(f"| {name} | {fmt_s(m_wall(name, 'syntax'))} | {fmt_s(m_wall(name, 'trivial'))} | "
                  f"{fmt_s(m_wall(name, 'driver'))} | "
                  f"{ratio(m_wall(name, 'driver'), m_wall(name, 'dtrivial'))} | "
                  f"{fmt_s(m_check(name))} | {nfind(name, 'driver')} |")

    if baseline:
        print()
        print(f"== before/after: --baseline-tidy {args.baseline_tidy} against this build, "
              "both with the check only; median wall s / peak RSS MiB ==")
        print("| translation unit | clang-tidy-19, trivial check | before | after "
              "| before / trivial (time, memory) | after / trivial (time, memory) "
              "| after / before (time, memory) | findings before, after |")
        print("|" + "---|" * 8)
        for name, _, group in tus:
            if group == "patho":
                continue
            cells = [name] + [f"{fmt_s(m_wall(name, t))} s / {fmt_m(m_rss(name, t))}"
                              for t in ("trivial", "before", "driver")]
            for a, b in (("before", "trivial"), ("driver", "trivial"), ("driver", "before")):
                cells.append(f"{ratio(m_wall(name, a), m_wall(name, b))}, "
                             f"{ratio(m_rss(name, a), m_rss(name, b))}")
            cells.append(f"{nfind(name, 'before')}, {nfind(name, 'driver')}")
            print("| " + " | ".join(cells) + " |")

    if "csa" in tools:
        print()
        print("== peer: the Static Analyzer's GenericTaint (taint.yaml) vs labelguard-tidy, "
              "same TUs, median wall s / peak RSS MiB ==")
        print("| translation unit | labelguard-tidy | its findings | clang++-19 --analyze, "
              "GenericTaint | its findings | analyzer / labelguard time |")
        print("|" + "---|" * 6)
        for name, _, _ in tus:
            if (name, "csa") not in results:
                continue
            print(f"| {name} | {fmt_s(m_wall(name, 'driver'))} s / {fmt_m(m_rss(name, 'driver'))} | "
                  f"{nfind(name, 'driver')} | {fmt_s(m_wall(name, 'csa'))} s / "
                  f"{fmt_m(m_rss(name, 'csa'))} | {nfind(name, 'csa')} | "
                  f"{ratio(m_wall(name, 'csa'), m_wall(name, 'driver'))} |")

    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump({f"{k[0]}|{k[1]}": v for k, v in results.items()}, f, indent=1)
    print()
    print(f"machine after the run: {machine_facts()}; took {time.time() - t0:.0f} s; "
          f"raw runs: {os.path.relpath(work, REPO)}/results.json")


if __name__ == "__main__":
    main()
