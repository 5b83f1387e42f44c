#!/usr/bin/env python3
"""labelguard-clangd under a real editor: Debian's Neovim, headless.

Neovim's built-in LSP client (neovim_client.lua) opens a copy of the example
service beside the documented `.clangd`; the diagnostics Neovim holds for the
buffer must be labelguard-tidy's findings on the same file, with source
"clang-tidy", the check's code, warning severity and the notes' trail. Then
again with the project index that labelguard-scan writes, named in
`.clang-tidy` (`ProjectSummaries`): the cross-file leak shows in the editor.
"""

import json
import os
import shutil

import common
from common import CHECK, check
import test_lsp


REGISTERS = "the fix also registers"


def own_notes(messages):
    """How many notes are the finding's own: the note that the fix
    registers the routes goes, in clangd, with every fix that does (each
    quick fix stands alone), and once in clang-tidy's output."""
    return sum(1 for m in messages if REGISTERS not in m.lower())


def expected_findings(path, project):
    """labelguard-tidy's findings on `path`, as Neovim's are compared."""
    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p", project,
                          "--checks=-*," + CHECK, path])
    return rc, out, sorted((f["line"], f["column"], f["message"],
                            own_notes(n[3] for n in f["notes"]))
                           for f in common.tidy_findings(out))


def run_neovim(nvim, work, project, path, what, expected):
    """Opens `path` in headless Neovim with labelguard-clangd; its
    diagnostics must be `expected`."""
    result = os.path.join(work, what + ".json")
    # Neovim's state, logs and configuration stay inside the test directory.
    xdg = {name: os.path.join(work, what, name.lower())
           for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                        "XDG_STATE_HOME")}
    rc, log = common.run(
        [nvim, "--headless", "-u", "NONE", "-i", "NONE", "--noplugin",
         "-c", "luafile " + os.path.join(common.HERE, "neovim_client.lua")],
        cwd=project, timeout=120,
        env_extra=dict(xdg, LG_CLANGD=common.env("LABELGUARD_CLANGD"),
                       LG_ROOT=project, LG_FILE=path, LG_OUT=result))
    print(log)
    check(rc == 0, what + ": nvim exits with 0", rc)
    if not check(os.path.exists(result), what + ": the Lua client wrote its report"):
        common.finish()
    with open(result, encoding="utf-8") as f:
        report = json.load(f)
    print(json.dumps(report, indent=1))
    check("error" not in report, what + ": the Lua client raised no error",
          report.get("error"))
    check(report.get("filetype") == "cpp", what + ": the buffer's filetype is cpp",
          report.get("filetype"))
    check(report.get("attached") is True,
          what + ": vim.lsp.buf_attach_client attached the client")
    check(report.get("arrived") is True,
          what + ": the check's diagnostics reached Neovim within 60 s")
    diags = report.get("diagnostics", [])
    check(all(d["source"] == "clang-tidy" and d["code"] == CHECK
              for d in diags) and diags,
          what + ': each has source "clang-tidy" and code ' + CHECK, diags)
    check(all(d["severity"] == report.get("warn") for d in diags),
          what + ": each is a warning to Neovim (vim.diagnostic.severity.WARN)")
    # Neovim's columns are bytes; the example is ASCII, so they are
    # clang-tidy's columns minus one.
    got = sorted((d["lnum"] + 1, d["col"] + 1,
                  test_lsp.normalized(d["message"]),
                  own_notes(r["message"] for r in d["related"]))
                 for d in diags)
    check(any(REGISTERS in r["message"].lower()
              for d in diags for r in d["related"]),
          what + ": the note that the fix registers the routes reaches "
          "Neovim", diags)
    check(got == expected,
          what + ": Neovim holds labelguard-tidy's findings, each with as "
          "many notes",
          "neovim:\n%s\nlabelguard-tidy:\n%s" % (
              "\n".join(map(str, got)), "\n".join(map(str, expected))))
    check(report.get("stopped") is True,
          what + ": vim.lsp.stop_client shut the server down")
    exits = [e for e in report.get("events", []) if "exit_code" in e]
    check(exits and exits[0]["exit_code"] == 0 and exits[0]["signal"] == 0,
          what + ": clangd exited with 0 after shutdown", exits)


def main():
    nvim = os.environ.get("NVIM_PROGRAM") or shutil.which("nvim")
    if not nvim:
        raise SystemExit("nvim not found: install Debian's neovim "
                         "(scripts/install-deps.sh does)")
    work = common.work_dir()
    project = os.path.join(work, "project")
    path = common.make_example_project(project)
    with open(os.path.join(project, ".clangd"), "w", encoding="utf-8") as f:
        f.write(test_lsp.documented_clangd_config())

    rc, out, expected = expected_findings(path, project)
    if not check(rc == 0 and expected, "labelguard-tidy reports the "
                 "example's leaks", out):
        common.finish()
    run_neovim(nvim, work, project, path, "per-file", expected)

    # With the project index (docs/whole-program.md): the leak that goes
    # from main.cpp into metrics.cpp shows at its call in main.cpp too.
    common.use_project_index(work, project)
    rc, out, with_index = expected_findings(path, project)
    if not check(rc == 0 and len(with_index) == len(expected) + 1 and
                 set(expected) <= set(with_index),
                 "labelguard-tidy with the index reports one finding more "
                 "(the call whose label is set in metrics.cpp)", out):
        common.finish()
    run_neovim(nvim, work, project, path, "with-index", with_index)
    common.finish()


if __name__ == "__main__":
    main()
