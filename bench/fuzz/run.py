#!/usr/bin/env python3
"""The fuzzer that knows the answer: generates services (gen_flows.py), runs
labelguard-scan over each, and compares the findings with the generator's
oracle.

  python3 bench/fuzz/run.py --programs 1000 --seed 1 [-j 2] [--build BUILD]
                            [--keep DIR] [--minimize] [--ci]

For every program:
  - no crash: labelguard-scan exits 0 or 1, and the generated code compiles
    (the scan reports no error);
  - deterministic: a second scan prints the same text; a fresh scan over the
    compile database in a shuffled order reports the same findings;
  - the oracle: each flow's warning at exactly the file:line, role (label or
    name) and source kind the oracle says, and no warning for a clean flow;
  - fixes: `--fix` leaves every unit compiling (clang++-19 -fsyntax-only
    with the guard's include directory), a scan afterwards reports only the
    findings that had no automatic fix, and a second `--fix` changes nothing.

Disagreements with the oracle are counted per hop kind (a flow counts once
for every kind of hop on its chain, its source kind and its sink) and
printed as a table. With --ci the run fails (exit 1) on any crash,
nondeterminism or fix failure, and on any disagreement that
known-limits.txt does not list. --minimize shrinks each disagreeing flow to
the fewest hops (and one unit, when that keeps the disagreement) and prints
the program.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen_flows  # noqa: E402

CHECK = "metrics-high-cardinality-label"
DIAG = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|note|error): (?P<msg>.*)$")
WORDS_KIND = {v: k for k, v in gen_flows.KIND_WORDS.items()}
WORDS_KIND["the request method"] = "method"


def compile_args():
    return ["-std=c++17", "-isystem", os.path.join(ROOT, "test", "checkers", "Inputs"),
            "-I", os.path.join(ROOT, "include")]


def write_db(src_dir, build, units, order=None):
    os.makedirs(build, exist_ok=True)
    units = list(units)
    if order is not None:
        order.shuffle(units)
    db = [{"directory": build, "file": os.path.join(src_dir, u),
           "arguments": ["clang++-19"] + compile_args() + ["-c", os.path.join(src_dir, u)]}
          for u in units]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)


def scan(tools, build, extra=()):
    t0 = time.time()
    p = subprocess.run([tools["scan"], "-p", build, "-j", str(tools["jobs"]), "--quiet"]
                       + list(extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    tools["scan_s"] += time.time() - t0
    return p


def groups_of(text):
    """Warnings with their notes: [(file, line, col, msg), ...] per warning;
    errors as a list of their own."""
    groups, errors = [], []
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        item = (os.path.basename(m.group("file")), int(m.group("line")),
                int(m.group("col")), m.group("msg"))
        if m.group("level") == "error":
            errors.append(line)
        elif m.group("level") == "warning":
            if m.group("msg").endswith("[%s]" % CHECK):
                groups.append([item])
        elif groups:
            groups[-1].append(item)
    return groups, errors


def classify(g):
    """(role, kind) of a warning's message."""
    msg = g[0][3]
    m = re.match(r"metric (label value comes from|name is built from) (.*); every", msg)
    if not m:
        return ("?", msg)
    return ("label" if m.group(1).startswith("label") else "name",
            WORDS_KIND.get(m.group(2), m.group(2)))


def has_fix(g):
    return not any("no automatic fix" in it[3] for it in g[1:])


def compare(oracle, groups):
    """Per flow: 'ok', or a disagreement: FN, FP, MISPLACED, WRONGKIND.
    Also the warnings no flow owns."""
    owner = oracle["owner"]
    got = {}
    stray = []
    for g in groups:
        f, line = g[0][0], g[0][1]
        fid = owner.get("%s:%d" % (f, line))
        if fid is None:
            stray.append(g)
        else:
            got.setdefault(fid, []).append(g)
    verdicts = {}
    for fl in oracle["flows"]:
        mine = got.get(fl["id"], [])
        exp = fl["expect"]
        if exp is None:
            verdicts[fl["id"]] = "ok" if not mine else "FP"
            continue
        if not mine:
            verdicts[fl["id"]] = "FN"
            continue
        at = [g for g in mine if (g[0][0], g[0][1]) == tuple(exp)]
        if not at:
            verdicts[fl["id"]] = "MISPLACED"
        elif len(mine) > 1:
            verdicts[fl["id"]] = "FP"   # a second warning for one leak
        elif classify(at[0]) != (fl["role"], fl["kind"]):
            verdicts[fl["id"]] = "WRONGKIND"
        else:
            verdicts[fl["id"]] = "ok"
    return verdicts, stray


def features(fl):
    """What a flow is counted under in the table."""
    return sorted(set(fl["hops"]) | set(fl["features"]) | {"sink:" + fl["sink"], "kind:" + fl["kind"],
                                      "fw:" + fl["framework"]} | (
        {"(direct)"} if not fl["hops"] else set()))


def load_limits(path):
    limits = []
    if not path or not os.path.exists(path):
        return limits
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        outcome, combo, reason = (line.split(None, 2) + [""])[:3]
        limits.append((outcome, set(combo.split("+")), reason))
    return limits


def known(limits, outcome, fl):
    feats = set(features(fl))
    for o, combo, _ in limits:
        if (o == outcome or o == "*") and combo <= feats:
            return True
    return False


def run_program(tools, program, work, seed_for_order, check_fixes=True):
    """Runs every check on one program. Returns (oracle, verdicts, problems,
    groups) where problems are the hard failures (crash, nondeterminism,
    fixes)."""
    shutil.rmtree(work, ignore_errors=True)
    src = os.path.join(work, "src")
    oracle = gen_flows.emit_program(program, src)
    with open(os.path.join(src, "plan.json"), "w") as f:
        json.dump(program, f, indent=1)
    units = oracle["units"]
    build = os.path.join(work, "build")
    write_db(src, build, units)
    problems = []

    a = scan(tools, build)
    if a.returncode not in (0, 1):
        problems.append("crash: labelguard-scan exited %d\n%s" % (a.returncode, a.stderr[-3000:]))
        return oracle, {}, problems, []
    groups, errors = groups_of(a.stdout)
    if errors:
        problems.append("generator: the program does not compile:\n" + "\n".join(errors[:5]))
        return oracle, {}, problems, groups
    verdicts, stray = compare(oracle, groups)
    for g in stray:
        problems.append("stray warning no flow owns: %s:%d: %s" % g[0][:2] + (g[0][3],))
    if not check_fixes:
        return oracle, verdicts, problems, groups

    # Deterministic: again (summaries reused), and fresh in a shuffled order.
    b = scan(tools, build)
    if b.returncode != a.returncode or b.stdout != a.stdout:
        problems.append("nondeterminism: a second scan printed different findings")
    shuffled = os.path.join(work, "build-shuffled")
    write_db(src, shuffled, units, order=random.Random(seed_for_order))
    c = scan(tools, shuffled)
    if c.returncode != a.returncode or sorted(map(tuple, groups_of(c.stdout)[0])) != \
            sorted(map(tuple, groups)):
        problems.append("nondeterminism: a scan in a shuffled unit order reported "
                        "different findings")
    shutil.rmtree(shuffled, ignore_errors=True)

    # The fixes, in place (the sources are a copy of the plan's emission).
    before = {n: open(os.path.join(src, n)).read() for n in os.listdir(src)}
    fx = scan(tools, build, ["--fix"])
    if fx.returncode not in (0, 1):
        problems.append("crash: labelguard-scan --fix exited %d\n%s" % (fx.returncode, fx.stderr[-3000:]))
        return oracle, verdicts, problems, groups
    for u in units:
        p = subprocess.run(["clang++-19", "-fsyntax-only"] + compile_args() +
                           [os.path.join(src, u)], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        if p.returncode != 0:
            problems.append("fix: the fixed %s does not compile:\n%s" % (u, p.stdout[-2000:]))
    left, _ = groups_of(scan(tools, build).stdout)
    nofix = [g for g in groups if not has_fix(g)]
    if sorted(classify(g) for g in left) != sorted(classify(g) for g in nofix):
        problems.append("fix: after --fix, %d finding(s) remain; only the %d without a fix "
                        "should" % (len(left), len(nofix)))
    after = {n: open(os.path.join(src, n)).read() for n in os.listdir(src)}
    scan(tools, build, ["--fix"])
    again = {n: open(os.path.join(src, n)).read() for n in os.listdir(src)}
    if again != after:
        problems.append("fix: a second --fix changed %s" % sorted(
            n for n in again if again[n] != after.get(n)))
    tools["fixed_units"] += sum(1 for n in after if after[n] != before.get(n))
    return oracle, verdicts, problems, groups


def minimize(tools, plan, nfiles, outcome, work):
    """Drops hops (and units) while the flow keeps the same disagreement."""
    def disagrees(p, files):
        prog = {"files": files, "flows": [p]}
        oracle, verdicts, problems, _ = run_program(tools, prog, work, 0, check_fixes=False)
        return not problems and verdicts.get(p["id"]) == outcome

    def one_unit(p):
        one = json.loads(json.dumps(p))
        one["apex_file"] = 0
        for h in one["hops"]:
            h["file"] = 0
        return one

    cur, files = json.loads(json.dumps(plan)), nfiles
    if files > 1 and disagrees(one_unit(cur), 1):
        cur, files = one_unit(cur), 1
    changed = True
    while changed:
        changed = False
        for i in range(len(cur["hops"])):
            cand = json.loads(json.dumps(cur))
            del cand["hops"][i]
            if disagrees(cand, files):
                cur, changed = cand, True
                break
        if not changed and files > 1 and disagrees(one_unit(cur), 1):
            cur, files, changed = one_unit(cur), 1, True
    prog = {"files": files, "flows": [cur]}
    out = os.path.join(work, "min")
    oracle = gen_flows.emit_program(prog, out)
    text = []
    for n in ["common.h"] + oracle["units"]:
        body = open(os.path.join(out, n)).read()
        if n == "common.h":
            body = "\n".join(l for l in body.splitlines() if not l.startswith("#include <"))
        text.append("// ---- %s\n%s" % (n, body.strip()))
    return cur, files, "\n".join(text), oracle["flows"][0]


def table(stats, title):
    rows = sorted(stats.items(), key=lambda kv: (kv[0].count(":"), kv[0]))
    out = [title, "",
           "| hop kind | flows | raw | FN | FP | misplaced | wrong kind | disagreement |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for k, s in rows:
        bad = s["FN"] + s["FP"] + s["MISPLACED"] + s["WRONGKIND"]
        out.append("| `%s` | %d | %d | %d | %d | %d | %d | %.1f%% |" % (
            k, s["n"], s["raw"], s["FN"], s["FP"], s["MISPLACED"], s["WRONGKIND"],
            100.0 * bad / s["n"] if s["n"] else 0))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--programs", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", "--jobs", type=int, default=2, help="labelguard-scan -j")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--scan", help="labelguard-scan (default: BUILD/bin/labelguard-scan)")
    ap.add_argument("--keep", help="keep every program here (default: only failing ones, "
                    "in a temporary folder that is printed)")
    ap.add_argument("--known-limits", default=os.path.join(HERE, "known-limits.txt"))
    ap.add_argument("--ci", action="store_true",
                    help="exit 1 on any hard failure or unlisted disagreement")
    ap.add_argument("--minimize", action="store_true",
                    help="shrink and print every unlisted disagreement")
    ap.add_argument("--max-flows", type=int, default=5)
    ap.add_argument("--time-limit", type=float, default=0,
                    help="start no program after this many seconds (the table says how many ran)")
    ap.add_argument("--oracle-only", action="store_true",
                    help="one scan per program: the oracle only (no determinism or fix checks)")
    a = ap.parse_args()

    tools = {"scan": a.scan or os.path.join(a.build, "bin", "labelguard-scan"),
             "jobs": a.jobs, "scan_s": 0.0, "fixed_units": 0}
    if not os.access(tools["scan"], os.X_OK):
        sys.exit("run.py: no labelguard-scan at %s" % tools["scan"])
    limits = load_limits(a.known_limits)
    root = a.keep or tempfile.mkdtemp(prefix="labelguard-fuzz-")
    os.makedirs(root, exist_ok=True)
    stats = {}
    hard, unlisted, listed = [], [], []
    nflows = nraw = nwarn = 0
    t0 = time.time()
    done = 0
    for i in range(a.programs):
        if a.time_limit and time.time() - t0 > a.time_limit:
            break
        done += 1
        rng = random.Random("%d/%d" % (a.seed, i))
        nfiles = rng.choice([1, 2, 3, 3])
        program = gen_flows.draw_program(rng, rng.randint(2, a.max_flows), nfiles)
        work = os.path.join(root, "p%04d" % i)
        oracle, verdicts, problems, groups = run_program(tools, program, work, i,
                                                         check_fixes=not a.oracle_only)
        nwarn += len(groups)
        for p in problems:
            hard.append("program %d (%s): %s" % (i, work, p))
        for fl, plan in zip(oracle["flows"], program["flows"]):
            if fl["id"] not in verdicts:
                continue
            nflows += 1
            nraw += fl["raw"]
            v = verdicts[fl["id"]]
            for feat in features(fl):
                s = stats.setdefault(feat, {"n": 0, "raw": 0, "FN": 0, "FP": 0,
                                            "MISPLACED": 0, "WRONGKIND": 0})
                s["n"] += 1
                s["raw"] += fl["raw"]
                if v != "ok":
                    s[v] += 1
            if v != "ok":
                rec = {"program": i, "work": work, "flow": fl, "plan": plan,
                       "files": program["files"], "outcome": v}
                (listed if known(limits, v, fl) else unlisted).append(rec)
        if not problems and not a.keep and not any(
                r["program"] == i for r in unlisted):
            shutil.rmtree(work, ignore_errors=True)
        if (i + 1) % 50 == 0:
            print("... %d programs, %.0f s" % (i + 1, time.time() - t0), flush=True)
    elapsed = time.time() - t0

    total = {"n": nflows, "raw": nraw, "FN": 0, "FP": 0, "MISPLACED": 0, "WRONGKIND": 0}
    for r in listed + unlisted:
        total[r["outcome"]] += 1
    stats_all = dict(stats)
    stats_all["(all flows)"] = total
    print(table(stats_all, "Disagreements with the oracle by hop kind "
                "(python3 bench/fuzz/run.py %s): %d programs, %d flows "
                "(%d raw), %d warnings, %.0f s" % (" ".join(sys.argv[1:]), done, nflows,
                                                   nraw, nwarn, elapsed)))
    print()
    print("hard failures (crash, nondeterminism, fixes): %d" % len(hard))
    for h in hard:
        print("  " + h.replace("\n", "\n    "))
    print("disagreements listed in %s: %d" % (os.path.relpath(a.known_limits, ROOT), len(listed)))
    print("disagreements not listed: %d" % len(unlisted))
    for r in unlisted:
        fl = r["flow"]
        print("  %s flow %s in program %d (%s): %s %s -> [%s] -> %s (expected %s)" % (
            r["outcome"], fl["id"], r["program"], r["work"], fl["framework"], fl["source"],
            ", ".join(fl["hops"]), fl["sink"], fl["expect"]))
    if a.minimize:
        seen = set()
        for r in unlisted:
            key = (r["outcome"], tuple(r["flow"]["hops"]))
            if key in seen:
                continue
            seen.add(key)
            plan, _, text, fl = minimize(tools, r["plan"], r["files"], r["outcome"],
                                      os.path.join(root, "minimize"))
            print("\n== minimal %s (from program %d): %s %s -> [%s] -> %s, expected at %s\n%s"
                  % (r["outcome"], r["program"], fl["framework"], fl["source"],
                     ", ".join(fl["hops"]), fl["sink"], fl["expect"], text))
    kept = a.keep or any(os.scandir(root))
    print("scan time %.0f s; units changed by --fix: %d; %s" % (
        tools["scan_s"], tools["fixed_units"],
        "programs kept under " + root if kept else "no program kept"))
    if not kept:
        shutil.rmtree(root, ignore_errors=True)
    if a.ci and (hard or unlisted):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
