#!/usr/bin/env python3
"""`cmake --install` puts labelguard-sarif and labelguard-pre-commit beside
labelguard-tidy and the check's page under share/doc/labelguard, and the
installed labelguard-sarif works from there with no options but -p: it finds
labelguard-tidy beside itself and links the rule to the installed page.
"""

import json
import os
import subprocess
import urllib.parse

import common
from common import CHECK, check


def main():
    work = common.work_dir()
    prefix = os.path.join(work, "prefix")
    rc, out = common.run([common.env("CMAKE"), "--install",
                          common.env("LABELGUARD_BINARY_DIR"), "--prefix",
                          prefix])
    check(rc == 0, "cmake --install succeeds", out[-2000:])
    bin_dir = os.path.join(prefix, "bin")
    for name in ("labelguard-tidy", "labelguard-sarif",
                 "labelguard-pre-commit"):
        check(os.access(os.path.join(bin_dir, name), os.X_OK),
              "bin/%s is installed and executable" % name)
    page = os.path.join(prefix, "share", "doc", "labelguard", "checks",
                        CHECK + ".md")
    check(os.path.isfile(page), "the check's page is installed", page)

    project = os.path.join(work, "project")
    common.make_example_project(project)
    out_path = os.path.join(work, "installed.sarif")
    # PATH without the prefix: labelguard-tidy must be found beside it.
    # Run as a user would: through its #! line.
    proc = subprocess.run([os.path.join(bin_dir, "labelguard-sarif"),
                           "-p", project, "-o", out_path],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, cwd=project)
    print(proc.stdout)
    check(proc.returncode == 1 and os.path.exists(out_path),
          "installed labelguard-sarif runs the installed labelguard-tidy "
          "(exit 1: findings)", proc.stdout[-2000:])
    if os.path.exists(out_path):
        with open(out_path, encoding="utf-8") as f:
            run = json.load(f)["runs"][0]
        rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
        help_uri = rules.get(CHECK, {}).get("helpUri", "")
        check(help_uri.startswith("file://") and os.path.samefile(
            urllib.parse.unquote(help_uri[len("file://"):]), page),
              "its helpUri is the installed page", help_uri)
        check(run["results"], "it reports the example's findings")
    common.finish()


if __name__ == "__main__":
    main()
