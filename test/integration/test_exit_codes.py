#!/usr/bin/env python3
"""The exit codes CI relies on, as docs/ci.md documents them, for
labelguard-tidy and for the stock clang-tidy-19 with the plugin:

  0  no findings, or findings that are only warnings
  1  findings with --warnings-as-errors=metrics-* (or WarningsAsErrors in a
     config file); also a file that does not compile, a missing file, and a
     compile database that cannot be found when the file needs its flags
  never a crash: every failure is a message, never a signal or stack dump

clang-tidy continues "without flags" when it finds no compile database, so a
file that needs no flags passes: that is checked too, as docs/ci.md warns.
"""

import os
import re
import shutil
import tempfile

import common
from common import CHECK, check


def main():
    work = common.work_dir()
    project = os.path.join(work, "project")
    example = common.make_example_project(project)
    clean = os.path.join(work, "clean.cpp")
    with open(clean, "w", encoding="utf-8") as f:
        f.write("int main() { return 0; }\n")
    broken = os.path.join(work, "broken.cpp")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("int f( { return x; }\n")
    # A file that compiles only with the flags of its compile command.
    needs = os.path.join(work, "needs-flags.cpp")
    with open(needs, "w", encoding="utf-8") as f:
        f.write("#ifndef FROM_THE_COMPILE_COMMAND\n"
                "#error compiled without its compile command\n#endif\n")
    # clang-tidy looks for a database in -p's parents too, and the build
    # tree has one: this directory must be outside it.
    no_db = tempfile.mkdtemp(prefix="labelguard-no-db.")
    config = os.path.join(work, "werror.clang-tidy")
    with open(config, "w", encoding="utf-8") as f:
        f.write("Checks: '-*,%s'\nWarningsAsErrors: 'metrics-*'\n" % CHECK)

    frontends = {
        "labelguard-tidy": [common.env("LABELGUARD_TIDY")],
        "clang-tidy-19 --load": [common.env("STOCK_CLANG_TIDY"),
                                 "--load=" + common.env("LABELGUARD_PLUGIN")],
    }
    checks = "--checks=-*," + CHECK
    werror = "--warnings-as-errors=metrics-*"
    for name, tidy in frontends.items():
        def case(what, args, rc_expected, *needles):
            rc, out = common.run(tidy + args)
            ok = check(rc == rc_expected and not common.crashed(rc, out),
                       "%s, %s: exit %d" % (name, what, rc_expected),
                       "exit %d\n%s" % (rc, out[-3000:]))
            for needle in needles:
                check(re.search(needle, out), "%s, %s: says /%s/"
                      % (name, what, needle), out[-3000:])
            return out

        out = case("findings as warnings", ["-p", project, checks, example],
                   0, r"warning: .*\[%s\]" % CHECK)
        count = len(common.tidy_findings(out))
        out = case("findings with %s" % werror,
                   ["-p", project, checks, werror, example], 1,
                   r"error: .*\[%s,-warnings-as-errors\]" % CHECK,
                   r"\b%d warnings? treated as errors?" % count)
        check(len(common.tidy_findings(out)) == count and count > 0,
              "%s: each of the %d findings is an error" % (name, count))
        case("findings with WarningsAsErrors in --config-file",
             ["-p", project, "--config-file=" + config, example], 1,
             r"warnings? treated as errors?")
        case("a clean file with %s" % werror,
             [checks, werror, clean, "--", "-std=c++17"], 0)
        case("no compile database for a file that needs flags",
             ["-p", no_db, checks, werror, needs], 1,
             "Error while trying to load a compilation database",
             "compiled without its compile command",
             r"Found compiler error\(s\)")
        case("no compile database for a file that needs none",
             ["-p", no_db, checks, werror, clean], 0,
             "Running without flags")
        case("a file that does not compile",
             [checks, werror, broken, "--", "-std=c++17"], 1,
             r"broken\.cpp:1:\d+: error: .*\[clang-diagnostic-error\]",
             r"Found compiler error\(s\)")
        case("a file that does not exist",
             ["-p", project, checks, os.path.join(work, "missing.cpp")], 1,
             "no such file or directory", r"Found compiler error\(s\)")
    shutil.rmtree(no_db)
    common.finish()


if __name__ == "__main__":
    main()
