#!/usr/bin/env python3
"""labelguard-pre-commit, through git itself and through the pre-commit
framework, in a scratch repository holding a copy of the example service:

- as a plain git hook: a commit with no C++ passes; a commit of the example
  is stopped with its findings and creates no commit; a clean file passes;
  a file not in the compile database is skipped with a message; a missing
  compile database stops the commit with a clear message;
- with Debian's pre-commit and the `.pre-commit-config.yaml` of docs/ci.md:
  the same commit is stopped, a clean file passes.
"""

import os
import re
import shutil

import common
from common import CHECK, check


def git(repo, *args, env=None):
    return common.run(["git", "-C", repo] + list(args), env_extra=env)


def commits(repo):
    rc, out = git(repo, "rev-list", "--count", "HEAD")
    return int(out) if rc == 0 else 0


def documented_config():
    with open(os.path.join(common.source_dir(), "docs", "ci.md"),
              encoding="utf-8") as f:
        m = re.search(r"```yaml\n(repos:\n.*?)```", f.read(), re.S)
    if not m:
        raise SystemExit("docs/ci.md has no ```yaml block with the "
                         ".pre-commit-config.yaml")
    return m.group(1)


def main():
    work = common.work_dir()
    hook = os.path.join(common.source_dir(), "tool", "pre-commit",
                        "labelguard-pre-commit")
    # The hook is found on PATH, as when installed.
    bin_dir = os.path.join(work, "bin")
    os.makedirs(bin_dir)
    os.symlink(hook, os.path.join(bin_dir, "labelguard-pre-commit"))
    env = {"PATH": bin_dir + os.pathsep + os.environ["PATH"],
           "LABELGUARD_TIDY": common.env("LABELGUARD_TIDY"),
           "PRE_COMMIT_HOME": os.path.join(work, "pre-commit-cache"),
           "GIT_CONFIG_GLOBAL": os.path.join(work, "gitconfig"),
           "GIT_CONFIG_NOSYSTEM": "1"}
    os.environ.update(env)

    def repository(name):
        repo = os.path.join(work, name)
        os.makedirs(repo)
        git(repo, "init", "-q", "-b", "main")
        for key, value in (("user.name", "labelguard test"),
                           ("user.email", "test@example.invalid"),
                           ("commit.gpgsign", "false")):
            git(repo, "config", key, value)
        # The example, its compile database in build/, and a clean file that
        # is in the database too.
        common.make_example_project(os.path.join(repo, "src"),
                                    db_dir=os.path.join(repo, "build"))
        with open(os.path.join(repo, "build", "compile_commands.json"),
                  encoding="utf-8") as f:
            db = f.read()
        clean = os.path.join(repo, "src", "clean.cpp")
        with open(clean, "w", encoding="utf-8") as f:
            f.write("int answer() { return 42; }\n")
        entry = ('{"directory": "%s/build", "file": "%s", "command": '
                 '"clang++-19 -std=c++17 -c %s"}' % (repo, clean, clean))
        with open(os.path.join(repo, "build", "compile_commands.json"), "w",
                  encoding="utf-8") as f:
            f.write(db.rstrip().rstrip("]") + ",\n" + entry + "\n]\n")
        with open(os.path.join(repo, ".gitignore"), "w") as f:
            f.write("build/\n")
        return repo

    # --- a plain git hook -------------------------------------------------
    repo = repository("plain")
    os.symlink(hook, os.path.join(repo, ".git", "hooks", "pre-commit"))
    git(repo, "add", ".gitignore")
    rc, out = git(repo, "commit", "-q", "-m", "no C++ here")
    check(rc == 0 and commits(repo) == 1, "git hook: a commit without C++ "
          "passes", out)

    git(repo, "add", "src/main.cpp")
    rc, out = git(repo, "commit", "-q", "-m", "the example")
    check(rc != 0 and commits(repo) == 1, "git hook: the example's commit "
          "is stopped and not made", out)
    check("[%s,-warnings-as-errors]" % CHECK in out and
          "labelguard-pre-commit: commit stopped" in out,
          "git hook: it shows the findings and why it stopped", out)

    git(repo, "reset", "-q", "src/main.cpp")
    gen = os.path.join(repo, "src", "generated.cpp")
    with open(gen, "w") as f:
        f.write("int generated() { return 1; }\n")
    git(repo, "add", "src/clean.cpp", "src/generated.cpp")
    rc, out = git(repo, "commit", "-q", "-m", "clean code")
    check(rc == 0 and commits(repo) == 2, "git hook: a clean file passes",
          out)
    check("not in the compile database, not checked: src/generated.cpp"
          in out, "git hook: a file not in the database is named and "
          "skipped", out)

    git(repo, "add", "src/main.cpp")
    rc, out = git(repo, "commit", "-q", "-m", "the example again",
                  env={"LABELGUARD_BUILD_DIR": "nowhere"})
    check(rc != 0 and commits(repo) == 2 and
          "no compile database: %s/nowhere/compile_commands.json does not "
          "exist" % repo in out, "git hook: no compile database stops the "
          "commit and says so", out)
    check("Traceback" not in out, "git hook: no Python traceback", out)

    # --- the pre-commit framework ----------------------------------------
    pre_commit = os.environ.get("PRE_COMMIT_PROGRAM") or shutil.which(
        "pre-commit")
    if not check(pre_commit, "pre-commit is installed (Debian: pre-commit)"):
        common.finish()
    repo = repository("framework")
    with open(os.path.join(repo, ".pre-commit-config.yaml"), "w",
              encoding="utf-8") as f:
        f.write(documented_config())
    rc, out = common.run([pre_commit, "install"], cwd=repo)
    check(rc == 0, "pre-commit install", out)
    git(repo, "add", ".gitignore", ".pre-commit-config.yaml")
    rc, out = git(repo, "commit", "-q", "-m", "configuration")
    check(rc == 0 and commits(repo) == 1, "pre-commit: a commit without C++ "
          "passes", out)
    git(repo, "add", "src/main.cpp")
    rc, out = git(repo, "commit", "-q", "-m", "the example")
    check(rc != 0 and commits(repo) == 1 and re.search(
        r"labelguard \(metric label leaks\)\.+Failed", out) and
          "[%s,-warnings-as-errors]" % CHECK in out,
          "pre-commit: the example's commit is stopped with its findings",
          out)
    rc, out = common.run([pre_commit, "run", "--files", "src/clean.cpp"],
                         cwd=repo)
    check(rc == 0 and re.search(r"labelguard \(metric label leaks\)\.+"
                                r"Passed", out),
          "pre-commit: a clean file passes", out)
    common.finish()


if __name__ == "__main__":
    main()
