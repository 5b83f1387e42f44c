#!/usr/bin/env python3
"""bench/leak: the metric-label leak of examples/service, and its cure.

Builds the example service twice -- as written ("leaky") and a copy fixed by
`labelguard-scan --fix` ("cured"; the whole program, since main.cpp hands the
raw path to metrics.cpp) -- starts both on 127.0.0.1, and drives
each with the same requests, every one to a distinct URL (wrk + urls.lua).
After each step it records the service's resident memory, the number of
series on /metrics, the page's size, the scrape latency and requests/s.
A separate phase, on a fresh pair, measures what the guard costs per
request: the same 1,000 URLs over and over (no new series in either build),
in alternating rounds, median requests/s.

Run it through bench/leak/run.sh; see docs/performance.md for the figures.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
URLS_LUA = os.path.join(HERE, "urls.lua")

# Both copies get this one line, so that the two differ only by the fix-its.
# cpp-httplib 0.11 leaves Nagle's algorithm on: it writes a response's header
# and body separately, and the second write waits for the client's delayed ACK
# (40 ms on Linux), which caps a keep-alive connection at ~25 requests/s.
NODELAY_ANCHOR = "  httplib::Server server;\n"
NODELAY_LINE = "  server.set_tcp_nodelay(true); // added by bench/leak (both copies)\n"

WRK_THREADS = 2
WRK_CONNECTIONS = 8  # cpp-httplib 0.11's pool has 8 threads on 2 cores


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def run(cmd, **kw):
    log("+", " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


# ---------------------------------------------------------------- building

def prepare(work, build_dir, scan):
    """Copies, fixes and builds both services; returns {name: binary}."""
    src = os.path.join(REPO, "examples", "service")
    binaries = {}
    for name in ("leaky", "cured"):
        tree = os.path.join(work, name)
        shutil.rmtree(tree, ignore_errors=True)
        shutil.copytree(src, os.path.join(tree, "src"))
        main_cpp = os.path.join(tree, "src", "main.cpp")
        with open(main_cpp) as f:
            text = f.read()
        if NODELAY_ANCHOR not in text:
            sys.exit("leak.py: examples/service/main.cpp no longer declares "
                     "'httplib::Server server;' where expected")
        with open(main_cpp, "w") as f:
            f.write(text.replace(NODELAY_ANCHOR, NODELAY_ANCHOR + NODELAY_LINE, 1))
        # The copy is outside the checkout: point it at this checkout's
        # runtime headers explicitly.
        run(["cmake", "-S", os.path.join(tree, "src"), "-B", os.path.join(tree, "build"),
             "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DCMAKE_CXX_COMPILER=clang++-19", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
             "-DCMAKE_CXX_FLAGS=-I" + os.path.join(REPO, "include")],
            stdout=subprocess.DEVNULL)
        if name == "cured":
            # Exit 1: the query term's finding has no automatic fix.
            fixed = subprocess.run(
                [scan, "-p", os.path.join(tree, "build"), "--fix", "--quiet"],
                capture_output=True, text=True)
            if fixed.returncode not in (0, 1):
                sys.exit(f"leak.py: labelguard-scan --fix failed:\n{fixed.stderr}")
            diff = subprocess.run(
                ["diff", "-ru", os.path.join(work, "leaky", "src"),
                 os.path.join(tree, "src")],
                capture_output=True, text=True).stdout
            with open(os.path.join(work, "cured.diff"), "w") as f:
                f.write(diff)
            print("== what labelguard-scan --fix changed (leaky -> cured) ==")
            print(diff)
            left = subprocess.run(
                [scan, "-p", os.path.join(tree, "build"), "--quiet"],
                capture_output=True, text=True).stdout
            print("== what labelguard still reports on the cured copy ==")
            for line in left.splitlines():
                if ": warning: " in line:
                    print(line.replace(os.path.join(tree, "src") + "/", ""))
            print()
        run(["cmake", "--build", os.path.join(tree, "build")], stdout=subprocess.DEVNULL)
        binaries[name] = os.path.join(tree, "build", "example-service")
    return binaries


# ---------------------------------------------------------------- services

class Service:
    def __init__(self, name, binary):
        self.name = name
        self.proc = subprocess.Popen([binary, "--port", "0", "--metrics-port", "0"],
                                     stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"listening on 127\.0\.0\.1:(\d+), metrics on 127\.0\.0\.1:(\d+)", line)
        if not m:
            self.stop()
            sys.exit(f"leak.py: {name} did not start: {line!r}")
        self.port, self.metrics_port = int(m.group(1)), int(m.group(2))

    def status(self, key):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
        return 0

    def scrape(self, save_to=None):
        """One GET /metrics; returns (seconds, bytes, series)."""
        url = f"http://127.0.0.1:{self.metrics_port}/metrics"
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=600) as resp:
            body = resp.read()
        seconds = time.perf_counter() - start
        series = None
        if save_to is not None:
            # A series is a sample line: every line but comments and blanks.
            lines = body.count(b"\n")
            series = lines - body.count(b"\n#") - (1 if body.startswith(b"#") else 0) \
                - body.count(b"\n\n")
        return seconds, len(body), series

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrometheusServer:
    """A real Prometheus (Debian's `prometheus`) scraping one service on
    loopback, to report what the leak does to the time-series database."""

    INTERVAL = 10  # seconds; a scrape of the leaky service at 1M URLs takes ~9 s

    def __init__(self, name, service, work):
        self.dir = os.path.join(work, "prometheus-" + name)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        config = os.path.join(self.dir, "prometheus.yml")
        with open(config, "w") as f:
            f.write(f"global:\n  scrape_interval: {self.INTERVAL}s\n"
                    f"  scrape_timeout: {self.INTERVAL}s\n"
                    f"scrape_configs:\n  - job_name: {name}\n"
                    f"    static_configs:\n      - targets: ['127.0.0.1:{service.metrics_port}']\n")
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "log"), "w")
        self.proc = subprocess.Popen(
            ["prometheus", f"--config.file={config}",
             f"--storage.tsdb.path={os.path.join(self.dir, 'data')}",
             f"--web.listen-address=127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/-/ready", timeout=1).read()
                return
            except OSError:
                time.sleep(0.2)
        sys.exit(f"leak.py: prometheus for {name} did not start (see {self.dir}/log)")

    def head_series_after(self, since):
        """Waits for a scrape that started after `since` (Unix time); returns
        (prometheus_tsdb_head_series, Prometheus's RSS in bytes)."""
        # scrape_samples_scraped is appended when a scrape is committed, with
        # the scrape's start as its timestamp: once one is newer than `since`,
        # a whole scrape of the service's state after the step is in the head.
        # (An instant query's own value timestamp is the evaluation time.)
        url = self.base + "/api/v1/query?query=timestamp(scrape_samples_scraped)"
        deadline = time.time() + 6 * self.INTERVAL + 60
        while time.time() < deadline:
            try:
                data = json.load(urllib.request.urlopen(url, timeout=30))
                result = data["data"]["result"]
                if result and float(result[0]["value"][1]) > since:
                    break
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(1)
        else:
            log("leak.py: no complete Prometheus scrape after the step; head series may lag")
        text = urllib.request.urlopen(self.base + "/metrics", timeout=30).read().decode()
        series = int(float(re.search(r"^prometheus_tsdb_head_series (\S+)$", text, re.M).group(1)))
        rss = int(float(re.search(r"^process_resident_memory_bytes (\S+)$", text, re.M).group(1)))
        return series, rss

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def drive(service, first, count, mode="distinct", seconds=None, max_seconds=600):
    """Runs wrk against service; returns the LEAK_RESULT fields."""
    env = dict(os.environ, LEAK_FIRST=str(first), LEAK_COUNT=str(count),
               LEAK_THREADS=str(WRK_THREADS), LEAK_MODE=mode)
    duration = seconds if mode == "cycle" else max_seconds
    cmd = ["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", f"-d{duration}s",
           "--timeout", "30s", "-s", URLS_LUA, f"http://127.0.0.1:{service.port}"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    done = 0
    result = None
    for line in proc.stdout:
        if line.startswith("LEAK_THREAD_DONE"):
            done += 1
            if done == WRK_THREADS:
                proc.send_signal(signal.SIGINT)  # wrk sleeps out -d otherwise
        elif line.startswith("LEAK_RESULT"):
            result = dict(kv.split("=") for kv in line.split()[1:])
    proc.wait()
    if result is None:
        sys.exit("leak.py: wrk printed no LEAK_RESULT")
    result = {k: float(v) for k, v in result.items()}
    if result.get("lost"):
        log(f"leak.py: {service.name}: {int(result['lost'])} requests lost to "
            f"connection errors")
    if mode == "distinct" and result["distinct"] < count:
        log(f"leak.py: {service.name}: only {int(result['distinct'])} of {count} "
            f"URLs sent within {max_seconds} s")
    return result


# ---------------------------------------------------------------- phases

def guard_cost(binaries, rounds, seconds, urls=1000):
    """Median requests/s on a fixed URL set, leaky and cured alternating."""
    services = {n: Service(n, b) for n, b in binaries.items()}
    try:
        for s in services.values():  # every series the rounds will touch
            drive(s, 50_000_000, urls)
        rps = {n: [] for n in services}
        for r in range(rounds):
            order = ["leaky", "cured"] if r % 2 == 0 else ["cured", "leaky"]
            for n in order:
                res = drive(services[n], 50_000_000, urls, mode="cycle", seconds=seconds)
                rps[n].append(res["rps"])
        return rps
    finally:
        for s in services.values():
            s.stop()


def leak_steps(binaries, steps, scrapes, work, with_prometheus):
    services = {n: Service(n, b) for n, b in binaries.items()}
    proms = {}
    rows = []
    try:
        if with_prometheus:
            for n, s in services.items():
                proms[n] = PrometheusServer(n, s, work)
        start_rss = {n: s.status("VmRSS") for n, s in services.items()}
        for n, s in services.items():
            _, size, series = s.scrape(save_to=True)
            rows.append(dict(service=n, requests=0, rps=0, rss=start_rss[n],
                             rss_after=s.status("VmRSS"), hwm=s.status("VmHWM"),
                             series=series, bytes=size, scrape=0.0, seconds=0,
                             errors=0, not_found=0))
        sent = 0
        for target in steps:
            step_end = {}
            for n, s in services.items():
                res = drive(s, sent, target - sent)
                step_end[n] = time.time()
                time.sleep(1)
                rss = s.status("VmRSS")
                times = []
                size = series = None
                for i in range(scrapes):
                    t, b, c = s.scrape(save_to=(i == 0))
                    times.append(t)
                    if i == 0:
                        size, series = b, c
                rows.append(dict(service=n, requests=target, rps=res["rps"], rss=rss,
                                 rss_after=s.status("VmRSS"), hwm=s.status("VmHWM"),
                                 series=series, bytes=size,
                                 scrape=statistics.median(times),
                                 seconds=res["seconds"], errors=res["errors"],
                                 not_found=res["not_found"]))
                log(f"leak.py: {n} at {target}: rss {rss >> 20} MiB, {series} series")
            for n, p in proms.items():
                row = next(r for r in reversed(rows) if r["service"] == n)
                row["prom_series"], row["prom_rss"] = p.head_series_after(step_end[n])
                log(f"leak.py: prometheus of {n} at {target}: {row['prom_series']} head series")
            sent = target
    finally:
        for p in proms.values():
            p.stop()
        for s in services.values():
            s.stop()
    return rows


# ---------------------------------------------------------------- output

def mib(b):
    return f"{b / 1048576:.1f}"


def human_bytes(b):
    if b >= 1 << 20:
        return f"{b / 1048576:.1f} MiB"
    return f"{b / 1024:.1f} KiB"


def prom_table(rows):
    out = ["| requests | service | Prometheus head series | Prometheus RSS (MiB) |",
           "|---|---|---|---|"]
    for r in rows:
        if "prom_series" in r:
            out.append(f"| {r['requests']:,} | {r['service']} | {r['prom_series']:,} | "
                       f"{mib(r['prom_rss'])} |")
    return "\n".join(out)


def table(rows):
    head = ("| requests | service | RSS after load (MiB) | RSS after scrape (MiB) "
            "| peak RSS (MiB) | series on /metrics | /metrics size | scrape (ms) "
            "| requests/s in step |")
    out = [head, "|" + "---|" * 9]
    for r in rows:
        out.append(f"| {r['requests']:,} | {r['service']} | {mib(r['rss'])} | "
                   f"{mib(r['rss_after'])} | {mib(r['hwm'])} | {r['series']:,} | "
                   f"{human_bytes(r['bytes'])} | {r['scrape'] * 1000:.1f} | "
                   f"{r['rps']:,.0f} |")
    return "\n".join(out)


def write_plot(rows, data_path, plot_path):
    with open(data_path, "w") as f:
        f.write("# service requests rss_mib series metrics_bytes scrape_s rps\n")
        for n in ("leaky", "cured"):
            for r in rows:
                if r["service"] == n and r["requests"] > 0:
                    f.write(f"{n} {r['requests']} {r['rss'] / 1048576:.2f} {r['series']} "
                            f"{r['bytes']} {r['scrape']:.4f} {r['rps']:.1f}\n")
            f.write("\n\n")
    return plot_from(data_path, plot_path)


def plot_from(data_path, plot_path):
    if not shutil.which("gnuplot"):
        log("leak.py: gnuplot not found (bench/install-bench-deps.sh); no plot")
        return False
    script = f"""
set terminal pngcairo size 1100,460 font 'sans,11' background rgb 'white'
set output '{plot_path}'
set multiplot layout 1,2 title 'examples/service: as written (leaky) vs after labelguard-scan --fix (cured)'
set logscale x
set xlabel 'distinct URLs requested (log scale)'
set format x '%.0s%c'
set key top left
set grid
set logscale y
set format y '%g'
set ylabel 'resident memory (MiB)'
set title 'service memory (RSS after load)'
plot '{data_path}' index 0 using 2:3 with linespoints lw 2 pt 7 lc rgb '#c0392b' title 'leaky', \\
     '' index 1 using 2:3 with linespoints lw 2 pt 5 lc rgb '#27ae60' title 'cured'
set format y '%.0s%c'
set ylabel 'series on /metrics'
set title 'series exposed'
plot '{data_path}' index 0 using 2:4 with linespoints lw 2 pt 7 lc rgb '#c0392b' title 'leaky', \\
     '' index 1 using 2:4 with linespoints lw 2 pt 5 lc rgb '#27ae60' title 'cured'
unset multiplot
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    return True


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


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="steps of 1k, 10k, 100k URLs and short rounds")
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    ap.add_argument("--work", help="where the two copies are built "
                    "(default: <build-dir>/bench-leak)")
    ap.add_argument("--prometheus", action="store_true",
                    help="also scrape each service with a real Prometheus server "
                    "(Debian's prometheus) and report its head series")
    ap.add_argument("--plot-only", action="store_true",
                    help="redraw the plot from the last run's leak.dat")
    ap.add_argument("--plot", help="where the plot goes (default: docs/images/leak.png; "
                    "with --quick, <work>/leak-quick.png, so that a quick run never "
                    "replaces the documented figure)")
    args = ap.parse_args()

    steps = [1_000, 10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    rounds, seconds = (3, 3) if args.quick else (5, 10)
    work = os.path.abspath(args.work or os.path.join(args.build_dir, "bench-leak"))
    os.makedirs(work, exist_ok=True)
    scan = os.path.join(args.build_dir, "bin", "labelguard-scan")
    if not os.access(scan, os.X_OK):
        sys.exit(f"leak.py: {scan} not built (cmake --build {args.build_dir})")
    for tool in ("wrk", "cmake", "clang++-19"):
        if not shutil.which(tool):
            sys.exit(f"leak.py: {tool} not found (bench/install-bench-deps.sh)")

    tag = "-quick" if args.quick else ""
    data = os.path.join(work, f"leak{tag}.dat")
    if not args.plot:
        args.plot = (os.path.join(work, "leak-quick.png") if args.quick
                     else os.path.join(REPO, "docs", "images", "leak.png"))
    if args.plot_only:
        plot_from(data, args.plot)
        return
    print(f"machine: {machine_facts()}")
    binaries = prepare(work, args.build_dir, scan)

    t0 = time.time()
    rps = guard_cost(binaries, rounds, seconds)
    med = {n: statistics.median(v) for n, v in rps.items()}
    print(f"== the guard's cost per request: 1,000 URLs (registered routes and "
          f"404 probes) cycled, {rounds} alternating rounds of {seconds} s, "
          f"wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} ==")
    print("| service | requests/s per round | median |")
    print("|---|---|---|")
    for n in ("leaky", "cured"):
        print(f"| {n} | {', '.join(f'{x:,.0f}' for x in rps[n])} | {med[n]:,.0f} |")
    print(f"cured / leaky = {med['cured'] / med['leaky']:.3f}")
    print()

    if args.prometheus and not shutil.which("prometheus"):
        sys.exit("leak.py: prometheus not found (bench/install-bench-deps.sh --prometheus)")
    rows = leak_steps(binaries, steps, scrapes=3, work=work,
                      with_prometheus=args.prometheus)
    print(f"== the leak: distinct URLs, cumulative (scrape = median of 3 GETs of "
          f"/metrics) ==")
    print(table(rows))
    print()
    if args.prometheus:
        print(f"== a real Prometheus server per service (scrape interval "
              f"{PrometheusServer.INTERVAL} s): its head series after each step ==")
        print(prom_table(rows))
        print()
    os.makedirs(os.path.dirname(args.plot), exist_ok=True)
    if write_plot(rows, data, args.plot):
        print(f"plot: {os.path.relpath(args.plot, REPO)} (data: {data})")
    print(f"machine after the run: {machine_facts()}; took {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
