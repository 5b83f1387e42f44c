#!/usr/bin/env python3
"""bench/overhead: labelguard-clangd's time to diagnostics on the example
service, with no clang-tidy check, with a trivial one, and with
metrics-high-cardinality-label.

Each repetition starts a fresh labelguard-clangd per configuration (in a
rotating order) in a directory of its own, opens examples/service/main.cpp
and measures:
  first   didOpen -> first publishDiagnostics (builds the preamble, then the
          AST, runs the checks);
  edit    didChange (a comment appended) -> its publishDiagnostics, the
          median of 3 edits (preamble reused: parse + checks only).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "test"))
import lsp_client  # noqa: E402  (test/lsp_client.py)

CHECK = "metrics-high-cardinality-label"
CONFIGS = {
    "no clang-tidy check": None,
    "trivial check (misc-unused-alias-decls)": "misc-unused-alias-decls",
    "metrics-high-cardinality-label": CHECK,
}


def one_run(clangd, directory, check, flags, edits=3):
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    path = shutil.copy(os.path.join(REPO, "examples", "service", "main.cpp"), directory)
    # main.cpp includes the example's metrics.h from its own directory.
    shutil.copy(os.path.join(REPO, "examples", "service", "metrics.h"), directory)
    if check:
        lsp_client.write_project(directory, path, check, None, flags)
    else:
        with open(os.path.join(directory, ".clangd"), "w") as f:
            f.write('{"Diagnostics": {"ClangTidy": {"Remove": ["*"]}}}\n')
        with open(os.path.join(directory, "compile_flags.txt"), "w") as f:
            f.write("\n".join(flags) + "\n")
    with open(path) as f:
        text = f.read()
    client = lsp_client.Client(clangd, ["--clang-tidy", "--background-index=false"],
                               cwd=directory, timeout=300)
    try:
        client.initialize(directory)
        client.notify("initialized", {})
        start = time.perf_counter()
        client.open(path, text, version=1)
        diags = client.diagnostics(path, version=1)
        first = time.perf_counter() - start
        ours = sum(1 for d in diags if d.get("code") == CHECK)
        edit_times = []
        for v in range(2, 2 + edits):
            text += f"// edit {v}\n"
            start = time.perf_counter()
            client.change(path, text, v)
            client.diagnostics(path, version=v)
            edit_times.append(time.perf_counter() - start)
    finally:
        client.close()
    return first, statistics.median(edit_times), ours


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)
    clangd = os.path.join(build, "bin", "labelguard-clangd")
    if not os.access(clangd, os.X_OK):
        sys.exit(f"clangd_latency.py: {clangd} not built")
    pc = subprocess.run(["pkg-config", "--cflags", "cpp-httplib"],
                        capture_output=True, text=True).stdout.split()
    flags = ["-xc++", "-std=c++17", "-I" + os.path.join(REPO, "include")] + pc
    work = os.path.join(build, "bench-overhead", "clangd")
    names = list(CONFIGS)
    res = {n: [] for n in names}
    for rep in range(args.reps):
        order = names[rep % len(names):] + names[:rep % len(names)]
        for n in order:
            res[n].append(one_run(clangd, os.path.join(work, str(names.index(n))),
                                  CONFIGS[n], flags))
    print(f"== labelguard-clangd on examples/service/main.cpp: median of {args.reps} "
          f"fresh servers, seconds ==")
    print("| clang-tidy checks | first diagnostics (cold: preamble + AST + checks) "
          "| after an edit (warm, median of 3) | x edit vs no check | labelguard findings |")
    print("|---|---|---|---|---|")
    base_edit = statistics.median(r[1] for r in res[names[0]])
    for n in names:
        first = statistics.median(r[0] for r in res[n])
        edit = statistics.median(r[1] for r in res[n])
        print(f"| {n} | {first:.2f} (runs: {', '.join(f'{r[0]:.2f}' for r in res[n])}) | "
              f"{edit:.3f} | {edit / base_edit:.3f} | {res[n][0][2]} |")


if __name__ == "__main__":
    main()
