#!/usr/bin/env python3
"""The command behind the labelguard aspect's actions (labelguard.bzl).

  labelguard_action.py summarize --scan BIN --out OUT --src SRC
      [--config-file F] [--input PATH]... [--system-dir DIR]...
      [--target LABEL] -- COMPILER-ARGS...
  labelguard_action.py report --scan BIN --sarif-tool BIN --index IDX
      --text OUT --fixes OUT --sarif OUT [--config-file F]
      [--header-filter RE] [--docs-url URL] [--fail-on-findings]
      [--input PATH]...

Arguments may come in a params file (`@FILE`, one argument a line), as
Bazel writes them.

Why a wrapper and not labelguard-scan alone: labelguard names every file by
its real path (symbolic links resolved). In Bazel's sandbox and execroot the
inputs are symbolic links into the workspace, the output base and external
repositories, so a summary would hold paths of this machine, this checkout
and this output base. The wrapper rewrites each path that is the real path
of a declared input into that input's exec path (`server/handler.cpp`,
`external/foo/x.h`, `bazel-out/k8-fastbuild/bin/gen.cpp`): summaries,
indexes and reports are then the same on every machine, which a remote cache
or a remote executor needs. Paths outside the build (system headers) stay as
they are. The report then runs with the execroot as its current directory,
so the relative paths name the declared inputs, and its outputs name files
relative to the workspace root, as Bazel's own messages do.
"""

import json
import os
import re
import subprocess
import sys
import urllib.parse


def expand(argv):
    """`@FILE` arguments replaced by the file's lines."""
    out = []
    for a in argv:
        if a.startswith("@") and os.path.isfile(a[1:]):
            with open(a[1:], encoding="utf-8") as f:
                out.extend(line.rstrip("\n") for line in f if line != "\n")
        else:
            out.append(a)
    return out


def parse(argv, multi=(), flags=()):
    """--key VALUE / --key=VALUE options up to `--`; the rest after it."""
    opts, rest = {}, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            rest = argv[i + 1:]
            break
        if not a.startswith("--"):
            sys.exit("labelguard_action: unexpected argument %r" % a)
        key, eq, value = a[2:].partition("=")
        if key in flags:
            opts[key] = True
            i += 1
            continue
        if not eq:
            i += 1
            if i >= len(argv):
                sys.exit("labelguard_action: --%s needs a value" % key)
            value = argv[i]
        if key in multi:
            opts.setdefault(key, []).append(value)
        else:
            opts[key] = value
        i += 1
    return opts, rest


def need(opts, *keys):
    for k in keys:
        if k not in opts:
            sys.exit("labelguard_action: --%s is required" % k)


def tool(path, what):
    """A declared tool that is missing or cannot run is one clear line."""
    if not os.path.isfile(path):
        sys.exit("labelguard: error: %s '%s' does not exist (set "
                 "--@labelguard//bazel:%s to a labelguard installation's "
                 "file)" % (what, path, what.replace("-", "_")))
    if not os.access(path, os.X_OK):
        sys.exit("labelguard: error: %s '%s' is not executable (set "
                 "--@labelguard//bazel:%s to a labelguard installation's "
                 "file)" % (what, path, what.replace("-", "_")))
    return path


def run(args, **kw):
    try:
        return subprocess.run(args, **kw)
    except OSError as e:
        sys.exit("labelguard: error: cannot run '%s': %s" % (args[0], e))


class Relativizer:
    """Maps real paths of declared inputs back to their exec paths."""

    def __init__(self, inputs):
        self.exact = {}
        self.prefixes = set()
        cwd = os.getcwd()
        self.prefixes.add(cwd + "/")
        self.prefixes.add(os.path.realpath(cwd) + "/")
        for p in inputs:
            real = os.path.realpath(p)
            self.exact[real] = p
            self.exact[os.path.abspath(p)] = p
            # The root the input lives under (the workspace, the output
            # base's execroot, an external repository), for paths that are
            # not inputs themselves but lie beside them (error messages).
            if real.endswith("/" + p):
                self.prefixes.add(real[:-len(p)])
        self.ordered = sorted(self.prefixes, key=len, reverse=True)
        # The workspace's own directory: where a source of the main
        # repository (not external/, not bazel-out/) really is.
        self.workspace = None
        for p in inputs:
            if p.startswith(("external/", "bazel-out/", "/", "../")):
                continue
            real = os.path.realpath(p)
            if real.endswith("/" + p):
                self.workspace = real[:-len(p)]
                break

    def path(self, value):
        if not isinstance(value, str) or not value.startswith("/"):
            return value
        if value in self.exact:
            return self.exact[value]
        return value

    def text(self, value):
        for prefix in self.ordered:
            value = value.replace(prefix, "")
        return value


# Where clang keeps its own headers (stddef.h, ...): <prefix>/lib/clang/19/
# include. labelguard parses with Clang 19, which reads them whatever C++
# toolchain Bazel uses (a GCC toolchain's list does not name them).
CLANG_RESOURCE_INCLUDE = re.compile(r"/lib/clang/[0-9][0-9.]*/include/")

# Where Clang 19 looks for system headers on its own (/usr/include,
# /usr/local/include, libstdc++ under /usr/include/c++ or /usr/lib/gcc):
# labelguard parses with that search path, not with the toolchain's flags,
# so a hermetic toolchain's list (exec paths of its own repository) would
# not name them.
SYSTEM_PREFIXES = ("/usr/",)


def undeclared(inputs, system_dirs):
    """The files a unit read that are neither declared inputs (those are
    exec paths by now) nor system headers (under /usr, clang's own, or
    under the C++ toolchain's built-in include directories): what Bazel's
    compile action rejects as an undeclared inclusion (an absolute #include,
    a -I of an absolute directory)."""
    roots, parts = list(SYSTEM_PREFIXES), []
    for d in system_dirs:
        if os.path.isabs(d):
            roots.append(os.path.join(os.path.normpath(d), ""))
            roots.append(os.path.join(os.path.realpath(d), ""))
        else:
            # An exec path (external/toolchain/include): wherever the output
            # base is on this machine.
            parts.append("/" + os.path.join(os.path.normpath(d), ""))
    return [p for p in inputs if os.path.isabs(p)
            and not any(p.startswith(r) for r in roots)
            and not any(part in p for part in parts)
            and not CLANG_RESOURCE_INCLUDE.search(p)]


def relative_sarif(path, rel):
    """Artifact URIs as exec paths under %SRCROOT% (labelguard-sarif makes
    files outside its source root absolute), and no machine path in the
    log: consumers such as code scanning resolve %SRCROOT% themselves."""
    with open(path, encoding="utf-8") as f:
        log = json.load(f)

    def walk(node):
        if isinstance(node, dict):
            uri = node.get("uri")
            if isinstance(uri, str) and uri.startswith("file://"):
                local = rel.path(urllib.parse.unquote(uri[len("file://"):]))
                if not local.startswith("/"):
                    node["uri"] = urllib.parse.quote(local)
                    node["uriBaseId"] = "%SRCROOT%"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for run_ in log.get("runs", []):
        run_.pop("originalUriBaseIds", None)
        walk(run_.get("results", []))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(log, f, indent=1, sort_keys=True)
        f.write("\n")


def summarize(argv):
    opts, compiler_args = parse(argv, multi=("input", "system-dir"))
    need(opts, "scan", "out", "src")
    scan = tool(opts["scan"], "labelguard-scan")
    args = [scan, "summarize", "-o", opts["out"], opts["src"]]
    if "config-file" in opts:
        args.append("--config-file=" + opts["config-file"])
    else:
        # No .clang-tidy looked up above the sandbox: the defaults only.
        args.append("--config={}")
    proc = run(args + ["--"] + compiler_args, stdout=subprocess.PIPE,
               stderr=subprocess.STDOUT, universal_newlines=True)
    if proc.returncode != 0 or not os.path.isfile(opts["out"]):
        sys.stderr.write(proc.stdout)
        sys.exit("labelguard: error: cannot summarize %s (labelguard-scan "
                 "exited with %d)" % (opts["src"], proc.returncode))
    rel = Relativizer(opts.get("input", []) + [opts["src"]])
    with open(opts["out"], encoding="utf-8") as f:
        summary = json.load(f)
    summary["main"] = rel.path(summary.get("main", ""))
    summary["files"] = [rel.path(p) for p in summary.get("files", [])]
    summary["units"] = [rel.path(p) for p in summary.get("units", [])]
    summary["inputs"] = sorted([rel.path(p), h]
                               for p, h in summary.get("inputs", []))
    summary["errors"] = [rel.text(e) for e in summary.get("errors", [])]
    # A file read from outside the declared inputs: its changes would not
    # re-run the summary (Bazel does not know of it), and the findings in it
    # are not the workspace's. An error of the unit, as Bazel's compile
    # makes it one: printed now and by every report, the other units'
    # findings still reported.
    for path in undeclared([p for p, _ in summary["inputs"]],
                           opts.get("system-dir", [])):
        summary["errors"].append(
            "%s: error: undeclared inclusion in rule '%s': '%s' is not a "
            "declared input (nor a system header of /usr or the C++ "
            "toolchain); declare it in a cc_library the rule depends on "
            "(of a local_repository, for a directory outside the workspace)"
            % (opts["src"], opts.get("target", "?"), path))
    # labelguard-scan's own reuse key names the unit's directory; Bazel's
    # action key does that job here.
    summary["fingerprint"] = ""
    with open(opts["out"], "w", encoding="utf-8") as f:
        json.dump(summary, f, sort_keys=True, separators=(",", ":"))
    # A unit that does not compile still has a summary (its errors are in
    # it, and every report that reads it prints them); say so now as well.
    for e in summary["errors"]:
        print(e, file=sys.stderr)


def report(argv):
    opts, _ = parse(argv, multi=("input",), flags=("fail-on-findings",))
    need(opts, "scan", "sarif-tool", "index", "text", "fixes", "sarif")
    scan = tool(opts["scan"], "labelguard-scan")
    args = [scan, "report", "--export-fixes=" + opts["fixes"]]
    if "config-file" in opts:
        args.append("--config-file=" + opts["config-file"])
    else:
        args.append("--config={}")
    if opts.get("header-filter"):
        args.append("--header-filter=" + opts["header-filter"])
    proc = run(args + [opts["index"]], stdout=subprocess.PIPE,
               stderr=subprocess.PIPE, universal_newlines=True)
    if proc.returncode not in (0, 1, 3):
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("labelguard: error: labelguard-scan report exited with %d"
                 % proc.returncode)
    # The units that did not compile (labelguard-scan says so on standard
    # error) first, then the findings, as clang-tidy prints them.
    errors = "".join(l + "\n" for l in proc.stderr.splitlines()
                     if ": error: " in l)
    text = errors + proc.stdout
    with open(opts["text"], "w", encoding="utf-8") as f:
        f.write(text)
    if not os.path.isfile(opts["fixes"]):
        sys.exit("labelguard: error: labelguard-scan report wrote no "
                 "export")
    rel = Relativizer(opts.get("input", []))
    sarif = [tool(opts["sarif-tool"], "labelguard-sarif"),
             "--from-export-fixes", opts["fixes"], "--fail-on", "none",
             "--source-root", rel.workspace or ".", "-o", opts["sarif"]]
    if opts.get("docs-url"):
        sarif += ["--docs-url", opts["docs-url"]]
    conv = run(sarif, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
               universal_newlines=True)
    if conv.returncode != 0:
        sys.stderr.write(conv.stdout)
        sys.exit("labelguard: error: labelguard-sarif exited with %d"
                 % conv.returncode)
    relative_sarif(opts["sarif"], rel)
    found = proc.returncode != 0
    if found:
        # Bazel shows an action's output under "INFO: From ...".
        sys.stderr.write(text)
    if found and "fail-on-findings" in opts:
        # The gate: one last line that says why, as CMake's FAIL_ON_FINDINGS
        # does.
        if proc.returncode == 3:
            sys.exit("labelguard: error: units that do not compile (their "
                     "errors, and any findings, are in %s)" % opts["text"])
        sys.exit("labelguard: error: findings in %s" % opts["text"])


def main():
    argv = expand(sys.argv[1:])
    if not argv or argv[0] not in ("summarize", "report"):
        sys.exit(__doc__)
    {"summarize": summarize, "report": report}[argv[0]](argv[1:])


if __name__ == "__main__":
    main()
