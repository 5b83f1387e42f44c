#!/usr/bin/env python3
"""labelguard-scan (and labelguard-tidy's ProjectSummaries) on bad or stale
input, as docs/whole-program.md documents it: every case is a clear message
that names the file, the documented exit code, never a crash, and nothing
lost. The project: four units on the check's stub headers, with findings
that cross units both ways (a handler's raw path into metrics.cpp's helper,
a request header into broken.cpp's helper, broken.cpp's own target into
metrics.cpp) and one inside a unit.

  1. a unit that does not compile (a syntax error after well-formed code)
     and one that stops at a missing include: exit 3, each error names its
     file and line, and the findings are those of the project without the
     errors, including what the broken unit learned before its error (its
     own finding and its helper's label, reached from another unit); the
     errors are reported again when the summaries are reused, and gone once
     the unit is fixed;
  2. a summary that is corrupt, truncated, empty, of another format, of
     another version, with a malformed field, another unit's, or out of
     date (its source edited, an input's hash changed): each is named with
     what is wrong (--verbose for the out-of-date ones) and made again, and
     the findings equal a clean scan's; a source only touched is reused
     (inputs are compared by content); `link` and `report` name an unusable
     summary or index;
  3. a compile database that is missing, not JSON, truncated (also right
     after a complete entry, which LLVM's reader took for a smaller
     database), empty, or a directory: exit 2, one error naming it, nothing
     written;
  4. labelguard-tidy with a ProjectSummaries index that is missing,
     corrupt, truncated, of another version, or a directory: an error naming
     the option and the file, exit 1, and the unit's own findings reported;
  5. FILE arguments: a file of the database, absolute or relative to the
     current directory; a source outside the database (reported on, not
     analysed); one that does not exist;
  6. a summary directory that cannot be read or written (as a user other
     than root; skipped as root, which reads everything).

Expectations of known bugs whose fix is in checks/program/Scan.cpp are in
KNOWN_BUGS: printed as XFAIL while they fail, and failing the test (XPASS)
once they hold, so that the fix removes them.
"""

import glob
import json
import os
import re
import shutil
import stat
import sys

import common
from common import CHECK, check

PROTOS = """\
#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using Family = prometheus::Family<prometheus::Counter>;
void record(Family &family, const std::string &path);
void record_agent(Family &family, const std::string &agent);
"""
SOURCES = {
    "metrics.cpp": PROTOS + """
void record(Family &family, const std::string &path) {
  family.Add({{"path", path}}).Increment();
}
""",
    "handler.cpp": PROTOS + """
void handle(const httplib::Request &req, Family &family) {
  record(family, req.path);
}

void handle_agent(const httplib::Request &req, Family &family) {
  record_agent(family, req.get_header_value("User-Agent"));
}
""",
    "local.cpp": PROTOS + """
void agent(const httplib::Request &req, Family &family) {
  family.Add({{"agent", req.get_header_value("User-Agent")}}).Increment();
}
""",
    # Well-formed up to the error that BROKEN appends.
    "broken.cpp": PROTOS + """
void record_agent(Family &family, const std::string &agent) {
  family.Add({{"agent", agent}}).Increment();
}

void handle_target(const httplib::Request &req, Family &family) {
  record(family, req.target);
}
""",
}
BROKEN = "void broken( { return x; }\n"
FATAL = PROTOS + """#include "missing-header.h"

void fatal(Family &family) { record(family, "/fatal"); }
"""
LABEL = "reaches the label of 'prometheus::Family::Add' here"

# The expectations that fail until checks/program/Scan.cpp is fixed (see the
# module's docstring).
KNOWN_BUGS = set()  # none today: each fixed bug's expectation is a check


def expect(condition, what, detail=""):
    """check(), but an expectation of KNOWN_BUGS is XFAIL while it fails
    and fails the test (XPASS) once it holds."""
    if what not in KNOWN_BUGS:
        return check(condition, what, detail)
    if condition:
        return check(False, "XPASS (remove it from KNOWN_BUGS): " + what)
    print("XFAIL %s" % what, flush=True)
    return condition


def key(findings):
    """Findings comparable across runs: sorted, each with its notes."""
    return sorted((f["file"], f["line"], f["column"], f["message"],
                   tuple(f["notes"])) for f in findings)


class Project:
    def __init__(self, root):
        self.root = root
        self.src = os.path.join(root, "src")
        self.build = os.path.join(root, "build")
        os.makedirs(self.src)
        os.makedirs(self.build)
        self.units = []
        for name, text in SOURCES.items():
            self.write(name, text)
            self.units.append(name)
        self.write_database()

    def path(self, name):
        return os.path.join(self.src, name)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def write_database(self, db_dir=None):
        inputs = os.path.join(common.source_dir(), "test", "checkers",
                              "Inputs")
        entries = [{"directory": self.build, "file": self.path(u),
                    "arguments": ["clang++", "-std=c++17", "-isystem", inputs,
                                  "-c", self.path(u), "-o", u + ".o"]}
                   for u in self.units]
        with open(os.path.join(db_dir or self.build, "compile_commands.json"),
                  "w", encoding="utf-8") as f:
            json.dump(entries, f, indent=1)

    def scan(self, summaries, *args, build=None, cwd=None):
        """labelguard-scan over the project, its summaries in `summaries`
        (a name under the work directory)."""
        return common.run([common.env("LABELGUARD_SCAN"), "-p",
                           # -j2, as make and ninja spell it (it was
                           # refused once; docs/whole-program.md gives -j N).
                           build or self.build, "-j2", "--summary-dir",
                           self.summary_dir(summaries), "--index",
                           self.summary_dir(summaries) + ".idx"] + list(args),
                          cwd=cwd)

    def summary_dir(self, name):
        return os.path.join(self.root, name)

    def summary(self, summaries, unit):
        """The summary file of `unit` (labelguard-scan names it
        UNIT.HASH.lgs)."""
        found = glob.glob(os.path.join(self.summary_dir(summaries),
                                       glob.escape(unit) + ".*.lgs"))
        if len(found) != 1:
            sys.exit("expected one summary of %s, found %s"
                            % (unit, found))
        return found[0]


def labelled_in(finding):
    """The file of the note where the finding's value becomes a label."""
    files = [n[0] for n in finding["notes"] if n[3] == LABEL]
    return files[0] if len(files) == 1 else None


def error_lines(out):
    return sorted(re.findall(r"^.*: error: .*$", out, re.M))


def counts(out):
    m = re.search(r"labelguard-scan: (\d+) translation units \((\d+) "
                  r"analysed, (\d+) summaries reused\)", out)
    return tuple(int(g) for g in m.groups()) if m else None


def broken_units(project, expected):
    """1. Units that do not compile, beside units that do."""
    broken = project.path("broken.cpp")
    fatal = project.path("fatal.cpp")
    project.write("broken.cpp", SOURCES["broken.cpp"] + BROKEN)
    error_line = SOURCES["broken.cpp"].count("\n") + 1
    project.write("fatal.cpp", FATAL)
    project.units.append("fatal.cpp")
    project.write_database()
    include_line = FATAL.count("\n", 0, FATAL.index("missing-header")) + 1

    rc, out = project.scan("broken-summaries")
    found = common.tidy_findings(out)
    errors = error_lines(out)
    check(rc == 3 and not common.crashed(rc, out),
          "a unit that does not compile: exit 3", "exit %d\n%s" % (rc, out))
    check(re.search(r"^%s:%d:\d+: error: .*\[clang-diagnostic-error\]$"
                    % (re.escape(broken), error_line), out, re.M),
          "an error names broken.cpp and the line of its syntax error", out)
    check(re.search(r"^%s:%d:10: error: 'missing-header.h' file not found "
                    r"\[clang-diagnostic-error\]$"
                    % (re.escape(fatal), include_line), out, re.M),
          "an error names fatal.cpp and its missing include", out)
    check(not re.search(r"^(?!%s|%s).*: error: " % (re.escape(broken),
                                                   re.escape(fatal)),
                        out, re.M),
          "no error names another file (or none)", out)
    check(counts(out) == (5, 5, 0), "every unit is analysed", counts(out))
    check(key(found) == key(expected),
          "the findings are those of the project without the errors "
          "(the other units' and the cross-file ones)",
          "got:\n%s\nexpected:\n%s" % ("\n".join(map(str, key(found))),
                                      "\n".join(map(str, key(expected)))))
    learned = sorted((f["file"], labelled_in(f)) for f in found
                     if broken in (f["file"], labelled_in(f)))
    check(learned == sorted([(broken, project.path("metrics.cpp")),
                             (project.path("handler.cpp"), broken)]),
          "what broken.cpp learned before its error is used: its own "
          "finding (into metrics.cpp) and its helper's label, reached from "
          "handler.cpp", learned)

    rc, out = project.scan("broken-summaries")
    check(rc == 3 and counts(out) == (5, 0, 5) and errors and
          error_lines(out) == errors and
          key(common.tidy_findings(out)) == key(expected),
          "with every summary reused, the same errors are reported again: "
          "exit 3 and the same findings", out)

    project.write("broken.cpp", SOURCES["broken.cpp"])
    project.units.remove("fatal.cpp")
    project.write_database()
    rc, out = project.scan("broken-summaries", "--verbose")
    check(rc == 1 and not error_lines(out) and
          "labelguard-scan: analysing %s: %s changed" % (broken, broken)
          in out and key(common.tidy_findings(out)) == key(expected),
          "broken.cpp fixed: it is analysed again, exit 1, no error, the "
          "same findings", out)


def corrupt(path, how, clean_text):
    """Makes the summary at `path` unusable in one way."""
    if how == "truncated":
        data = clean_text[:len(clean_text) // 2].encode()
    elif how == "corrupt":
        data = b"\x00\x01garbage\xff" + clean_text[40:].encode()
    elif how == "empty":
        data = b""
    else:
        j = json.loads(clean_text)
        if how == "another format":
            j["format"] = "some-other-tool"
        elif how == "another version":
            j["version"] = 999
        elif how == "a malformed field":
            j["functions"] = "not a list"
        data = json.dumps(j).encode()
    with open(path, "wb") as f:
        f.write(data)


def bad_summaries(project, expected):
    """2. Unusable and out-of-date summaries."""
    dir_name = "summaries"
    rc, out = project.scan(dir_name)
    check(rc == 1 and key(common.tidy_findings(out)) == key(expected),
          "a clean scan into the summary directory", out)
    metrics = project.path("metrics.cpp")
    target = project.summary(dir_name, "metrics.cpp")
    with open(target, encoding="utf-8") as f:
        clean_text = f.read()
    version = json.loads(clean_text)["version"]
    whys = {
        "corrupt": r"not valid JSON \(truncated or corrupt\): \[1:\d+, "
                   r"byte=\d+\]: .+",
        "truncated": r"not valid JSON \(truncated or corrupt\): \[1:\d+, "
                     r"byte=%d\]: .+" % (len(clean_text) // 2),
        "empty": r"not valid JSON \(truncated or corrupt\): \[1:0, byte=0\]: "
                 r"Unexpected EOF",
        "another format": r"not a labelguard summary",
        "another version": r"summary version 999, this labelguard reads "
                           r"version %d" % version,
        "a malformed field": r"the functions is not a list",
    }
    for how, why in whys.items():
        corrupt(target, how, clean_text)
        rc, out = project.scan(dir_name)
        what = "a summary %s %s" % ("that is" if how in (
            "corrupt", "truncated", "empty") else "of" if how.startswith(
                "another") else "with", how)
        check(rc == 1 and not common.crashed(rc, out), what + ": exit 1",
              "exit %d\n%s" % (rc, out))
        check(re.search(r"^labelguard-scan: summary '%s' is unusable: %s; "
                        r"making it again$" % (re.escape(target), why),
                        out, re.M),
              what + ": named, with what is wrong", out)
        check(counts(out) == (4, 1, 3) and
              key(common.tidy_findings(out)) == key(expected),
              what + ": made again, the findings equal the clean scan's",
              out)
        with open(target, encoding="utf-8") as f:
            check(f.read() == clean_text, what + ": the summary made again "
                  "is the clean one, byte for byte")

    # Another unit's summary under this unit's name.
    shutil.copy(project.summary(dir_name, "local.cpp"), target)
    rc, out = project.scan(dir_name, "--verbose")
    check(rc == 1 and "labelguard-scan: analysing %s: its compile command, "
          "options or labelguard changed" % metrics in out and
          counts(out) == (4, 1, 3) and
          key(common.tidy_findings(out)) == key(expected),
          "another unit's summary: analysed again, the findings equal the "
          "clean scan's", out)

    # An input's hash changed (a header edited since).
    j = json.loads(clean_text)
    header = [i for i in j["inputs"] if i[0].endswith("prometheus/family.h")]
    check(len(header) == 1, "the summary lists prometheus/family.h as an "
          "input", [i[0] for i in j["inputs"]])
    for i in header:
        i[1] = "0123456789ABCDEF" if i[1] != "0123456789ABCDEF" else "0"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(j, f)
    rc, out = project.scan(dir_name, "--verbose")
    check(rc == 1 and header and "labelguard-scan: analysing %s: %s changed"
          % (metrics, header[0][0]) in out and counts(out) == (4, 1, 3) and
          key(common.tidy_findings(out)) == key(expected),
          "an input whose hash changed: named with --verbose, analysed "
          "again, the findings equal the clean scan's", out)

    # A source newer than its summary, its content the same: reused.
    future = os.stat(target).st_mtime + 3600
    os.utime(metrics, (future, future))
    rc, out = project.scan(dir_name, "--verbose")
    check(rc == 1 and counts(out) == (4, 0, 4) and "analysing" not in out and
          key(common.tidy_findings(out)) == key(expected),
          "a source only touched (newer than its summary, same content): "
          "its summary is reused", out)

    # The source edited: the helper no longer labels by its argument, so
    # every finding that crossed into it is gone; a stale summary would
    # keep them.
    project.write("metrics.cpp", SOURCES["metrics.cpp"].replace(
        '{{"path", path}}', '{{"path", "/fixed"}}'))
    rc, out = project.scan(dir_name, "--verbose")
    fresh_rc, fresh = project.scan("fresh-summaries")
    edited = common.tidy_findings(out)
    check(fresh_rc == 1 and rc == 1 and
          "labelguard-scan: analysing %s: %s changed" % (metrics, metrics)
          in out and counts(out) == (4, 1, 3) and
          key(edited) == key(common.tidy_findings(fresh)) and
          len(edited) == len(expected) - 2,
          "a source edited since its summary: named with --verbose, "
          "analysed again, the findings equal a clean scan's (the two that "
          "crossed into its helper gone)", out)
    project.write("metrics.cpp", SOURCES["metrics.cpp"])
    rc, out = project.scan(dir_name)
    check(rc == 1 and key(common.tidy_findings(out)) == key(expected),
          "the source restored: the findings are back", out)

    # link and report: an unusable summary or index is named.
    work = project.root
    junk = os.path.join(work, "junk.lgs")
    with open(junk, "w", encoding="utf-8") as f:
        f.write("{\"format\": \"labelguard-summary\", \"version\": ")
    good = [project.summary(dir_name, u) for u in project.units]
    index = os.path.join(work, "linked.idx")
    rc, out = common.run([common.env("LABELGUARD_SCAN"), "link", "-o", index,
                          junk] + good)
    check(rc == 3 and not common.crashed(rc, out) and re.search(
        r"^labelguard-scan: error: summary '%s' is unusable: not valid JSON "
        r"\(truncated or corrupt\)" % re.escape(junk), out, re.M),
          "link with a truncated summary among good ones: exit 3, it is named",
          out)
    rc, out = common.run([common.env("LABELGUARD_SCAN"), "report", index])
    check(rc == 1 and key(common.tidy_findings(out)) == key(expected),
          "the index linked from the good ones reports every finding", out)
    with open(index, encoding="utf-8") as f:
        text = f.read()
    with open(index, "w", encoding="utf-8") as f:
        f.write(text[:len(text) // 3])
    rc, out = common.run([common.env("LABELGUARD_SCAN"), "report", index])
    check(rc == 2 and not common.crashed(rc, out) and re.search(
        r"^labelguard-scan: error: summary '%s' is unusable: not valid JSON "
        r"\(truncated or corrupt\)" % re.escape(index), out, re.M) and
          not common.tidy_findings(out),
          "report of a truncated index: exit 2, it is named", out)


def bad_databases(project):
    """3. Compile databases that cannot be read."""
    with open(os.path.join(project.build, "compile_commands.json"),
              encoding="utf-8") as f:
        text = f.read()
    first = text.index("\n }") + len("\n }")  # the end of the first entry
    cases = {
        "no compile_commands.json": None,
        "not JSON": "this is not JSON\n",
        "truncated in a string": text[:text.index('"-std=c++17"') + 5],
        "truncated after a complete entry": text[:first + 1],
        "truncated to its '['": "[",
        "empty": "",
        "without entries": "[]\n",
        "a directory": "",
    }
    for what, data in cases.items():
        db_dir = os.path.join(project.root, "db-" + re.sub(r"\W+", "-", what))
        os.makedirs(db_dir)
        db = os.path.join(db_dir, "compile_commands.json")
        if what == "a directory":
            os.makedirs(db)
        elif data is not None:
            with open(db, "w", encoding="utf-8") as f:
                f.write(data)
        summaries = "summaries-" + os.path.basename(db_dir)
        rc, out = project.scan(summaries, build=db_dir)
        label = "a compile database: %s" % what
        check(rc == 2 and not common.crashed(rc, out), label + ": exit 2",
              "exit %d\n%s" % (rc, out))
        if data is None:
            message = (r"no compile database: '%s' does not exist \(configure "
                       r"with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass -p "
                       r"BUILD_DIR\)" % re.escape(db))
        elif what == "a directory":
            message = (r"cannot read the compile database '%s': Is a directory"
                       % re.escape(db))
        elif what == "without entries":
            # A CI job that analysed nothing must not pass as clean.
            message = (r"the compile database of '%s' has no entries: "
                       r"nothing to analyse" % re.escape(db_dir))
        else:
            # A truncated file is refused where it ends.
            message = (r"cannot read the compile database '%s': not valid "
                       r"JSON \(truncated or corrupt\): \[\d+:\d+, byte=%s\]: "
                       % (re.escape(db), len(data.encode())
                          if what.startswith("truncated") or not data
                          else r"\d+"))
        check(re.fullmatch(r"labelguard-scan: error: %s.*\n" % message, out),
              label + ": one line, naming it", out)
        check(not os.path.exists(project.summary_dir(summaries)) and
              not os.path.exists(project.summary_dir(summaries) + ".idx"),
              label + ": nothing is written (no summary, no index)")


def bad_project_summaries(project, dir_name, expected):
    """4. labelguard-tidy given an unusable ProjectSummaries."""
    index = project.summary_dir(dir_name) + ".idx"
    with open(index, encoding="utf-8") as f:
        text = f.read()
    bad = os.path.join(project.root, "bad-index")
    os.makedirs(bad)
    cases = {"missing": (None, r"cannot read '%s': No such file or directory"),
             "corrupt": ("\x00garbage{", r"'%s': not valid JSON \(truncated "
                         r"or corrupt\): .+"),
             "truncated": (text[:len(text) // 2], r"'%s': not valid JSON "
                           r"\(truncated or corrupt\): .+"),
             "of another version": (text.replace(
                 '"version":%d' % json.loads(text)["version"],
                 '"version":999', 1),
                 r"'%s': summary version 999, this labelguard reads version "
                 r"\d+"),
             "a directory": ("", r"cannot read '%s': it is a directory")}
    handler = project.path("handler.cpp")
    local = project.path("local.cpp")
    units = [handler, local]
    tidy = [common.env("LABELGUARD_TIDY"), "-p", project.build,
            "--checks=-*," + CHECK]

    def run(path):
        config = ("--config={CheckOptions: {%s.ProjectSummaries: '%s'}}"
                  % (CHECK, path)) if path else "--config={}"
        return common.run(tidy + [config] + units)

    in_units = [f for f in expected if f["file"] in units]
    rc, out = run(index)
    check(rc == 0 and key(common.tidy_findings(out)) == key(in_units),
          "labelguard-tidy with the project index: the scan's findings in "
          "handler.cpp and local.cpp, the cross-file ones included", out)
    rc, out = run(None)
    alone = common.tidy_findings(out)
    check(rc == 0 and alone and key(alone) == key(
        [f for f in in_units if f["file"] == local]),
          "labelguard-tidy without it: only local.cpp's own finding", out)
    for what, (data, why) in cases.items():
        path = os.path.join(bad, what.replace(" ", "-") + ".idx")
        if what == "a directory":
            os.makedirs(path)
        elif data is not None:
            with open(path, "w", encoding="utf-8",
                      errors="surrogateescape") as f:
                f.write(data)
        label = "ProjectSummaries %s" % what
        rc, out = run(path)
        check(rc == 1 and not common.crashed(rc, out), label + ": exit 1",
              "exit %d\n%s" % (rc, out))
        check(re.search(r"^error: %s: option 'ProjectSummaries': %s \(write "
                        r"it with labelguard-scan or labelguard-scan link\) "
                        r"\[clang-tidy-config\]$"
                        % (CHECK, why % re.escape(path)), out, re.M),
              label + ": an error names the option and the file", out)
        check(key(common.tidy_findings(out)) == key(alone),
              label + ": each unit's own findings are still reported", out)


def file_arguments(project, dir_name, expected):
    """5. FILE arguments."""
    handler = project.path("handler.cpp")
    mine = [f for f in expected if f["file"] == handler]
    rc, out = project.scan(dir_name, handler)
    check(rc == 1 and len(mine) == 2 and
          key(common.tidy_findings(out)) == key(mine),
          "an absolute FILE of the database: exit 1, its findings only", out)
    rc, out = project.scan(dir_name, os.path.join("src", "handler.cpp"),
                           cwd=project.root)
    expect(rc == 1 and key(common.tidy_findings(out)) == key(mine),
           "FILE relative to the current directory: exit 1, its finding", out)
    outside = project.path("outside.cpp")
    with open(outside, "w", encoding="utf-8") as f:
        f.write(SOURCES["local.cpp"])
    rc, out = project.scan(dir_name, outside)
    check(rc == 0 and not common.crashed(rc, out) and counts(out) == (4, 0, 4) and
          not common.tidy_findings(out),
          "a FILE outside the database: exit 0, not analysed, nothing "
          "reported", out)
    missing = project.path("missing.cpp")
    rc, out = project.scan(dir_name, handler, missing)
    check(not common.crashed(rc, out), "a FILE that does not exist: no crash", out)
    expect(rc == 2, "a FILE that does not exist: exit 2",
           "exit %d\n%s" % (rc, out))
    expect(re.search(r"^labelguard-scan: error: .*%s" % re.escape(missing),
                     out, re.M), "a FILE that does not exist: an error names "
           "it", out)
    rc, out = project.scan(dir_name)
    check(rc == 1 and key(common.tidy_findings(out)) == key(expected),
          "after them, a scan without FILE reports every finding", out)


def unreadable_summaries(project):
    """6. A summary directory that cannot be read or written."""
    if os.geteuid() == 0:
        print("SKIP an unreadable summary directory: running as root, which "
              "reads and writes it whatever its mode", flush=True)
        return
    dir_name = "unreadable-summaries"
    locked = project.summary_dir(dir_name)
    os.makedirs(locked)
    os.chmod(locked, 0)
    try:
        rc, out = project.scan(dir_name)
    finally:
        os.chmod(locked, stat.S_IRWXU)
    check(not common.crashed(rc, out) and rc not in (0, 1) and
          not common.tidy_findings(out),
          "an unreadable summary directory: no crash, not a clean or a "
          "findings exit", "exit %d\n%s" % (rc, out))
    check(re.search(r"error: .*%s" % re.escape(locked), out),
          "an unreadable summary directory: an error names it", out)
    expect(rc == 2, "an unreadable summary directory: exit 2",
           "exit %d\n%s" % (rc, out))
    expect(len(re.findall(r"error: ", out)) == 1,
           "an unreadable summary directory: one error line", out)


def relative_building_blocks(project, expected):
    """7. The building blocks given paths relative to the current directory
    (the check runs in the compile command's directory; a relative -o was
    once written there, and an empty summary left where the user asked)."""
    scan = common.env("LABELGUARD_SCAN")
    units = [os.path.join("src", u) for u in project.units]
    outs = ["rel-%s.lgs" % os.path.splitext(u)[0] for u in project.units]
    for unit, out in zip(units, outs):
        rc, text = common.run([scan, "summarize", "-p", "build", "-o", out,
                               unit], cwd=project.root)
        check(not common.crashed(rc, text), "summarize -o RELATIVE: no crash",
              text)
        where = os.path.join(project.root, out)
        expect(os.path.isfile(where) and
               not os.path.exists(os.path.join(project.build, out)),
               "summarize -o RELATIVE: the summary is written from the "
               "current directory, not the compile command's", text)
        expect(rc == 0, "summarize -o RELATIVE: exit 0", "exit %d\n%s" % (rc, text))
    rc, text = common.run([scan, "link", "-o", "rel.idx"] + outs,
                          cwd=project.root)
    expect(rc == 0, "link of relative summaries: exit 0",
           "exit %d\n%s" % (rc, text))
    rc, text = common.run([scan, "report", "rel.idx"], cwd=project.root)
    expect(key(common.tidy_findings(text)) == key(expected),
           "report of the index linked from relative summaries: every "
           "finding of the scan", text)


def main():
    work = common.work_dir()
    project = Project(os.path.join(work, "project"))
    rc, out = project.scan("clean-summaries")
    expected = common.tidy_findings(out)
    handler, metrics, broken, local = (project.path(u) for u in (
        "handler.cpp", "metrics.cpp", "broken.cpp", "local.cpp"))
    shape = sorted((f["file"], [n[0] for n in f["notes"] if n[3] == LABEL])
                   for f in expected)
    if not check(rc == 1 and shape == sorted([
            (broken, [metrics]), (handler, [metrics]), (handler, [broken]),
            (local, [local])]),
                 "the clean project: four findings, three of them labelled "
                 "in another unit", out):
        common.finish()

    broken_units(project, expected)
    bad_summaries(project, expected)
    bad_databases(project)
    bad_project_summaries(project, "summaries", expected)
    file_arguments(project, "summaries", expected)
    unreadable_summaries(project)
    relative_building_blocks(project, expected)
    common.finish()


if __name__ == "__main__":
    main()
