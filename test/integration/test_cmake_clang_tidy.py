#!/usr/bin/env python3
"""CMake's CMAKE_CXX_CLANG_TIDY with the plugin, on the example service
configured on its own (cmake -S examples/service), as docs/ci.md shows:

  cmake -S examples/service -B BUILD \\
    "-DCMAKE_CXX_CLANG_TIDY=clang-tidy-19;--load=.../labelguard-plugin.so;--checks=-*,metrics-high-cardinality-label;--warnings-as-errors=metrics-*"

The build must fail on the example's findings, and, without
--warnings-as-errors, succeed while printing them; labelguard-tidy in place
of the stock clang-tidy fails it the same way.
"""

import os

import common
from common import CHECK, check


def main():
    work = common.work_dir()
    tidy = [common.env("STOCK_CLANG_TIDY"),
            "--load=" + common.env("LABELGUARD_PLUGIN"), "--checks=-*," + CHECK]
    source = os.path.join(common.source_dir(), "examples", "service")
    rc, out = common.run([common.env("LABELGUARD_TIDY"), "-p",
                          common.env("LABELGUARD_BINARY_DIR"),
                          "--checks=-*," + CHECK, common.example_main()])
    count = len(common.tidy_findings(out))
    check(count > 0, "the example has findings (%d)" % count, out)

    werror = ["--warnings-as-errors=metrics-*"]
    driver = [common.env("LABELGUARD_TIDY"), "--checks=-*," + CHECK]
    for name, command, expected_rc in (("plugin-werror", tidy + werror, 1),
                                       ("plugin-warn", tidy, 0),
                                       ("labelguard-tidy-werror",
                                        driver + werror, 1)):
        build = os.path.join(work, name)
        rc, out = common.run([
            common.env("CMAKE"), "-S", source, "-B", build, "-G", "Ninja",
            "-DCMAKE_CXX_COMPILER=" + common.env("CXX_COMPILER"),
            "-DCMAKE_CXX_CLANG_TIDY=" + ";".join(command)])
        if not check(rc == 0, "%s: the example configures standalone" % name,
                     out):
            continue
        rc, out = common.run([common.env("CMAKE"), "--build", build])
        found = common.tidy_findings(out)
        if expected_rc:
            check(rc != 0, "%s: with --warnings-as-errors the build fails"
                  % name, out)
            check(len(found) == count and out.count(
                "error: ") >= count and out.count(
                    "[%s,-warnings-as-errors]" % CHECK) == count,
                  "%s: it fails on the %d findings, as errors" % (name, count),
                  out)
            check(not os.path.exists(os.path.join(build, "example-service")),
                  "%s: no executable is linked" % name)
        else:
            check(rc == 0, "without --warnings-as-errors the build succeeds",
                  out)
            check(len(found) == count, "and prints the %d findings as "
                  "warnings" % count, out)
            check(os.path.exists(os.path.join(build, "example-service")),
                  "and links the executable")
    common.finish()


if __name__ == "__main__":
    main()
