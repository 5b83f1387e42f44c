#!/usr/bin/env python3
"""Writes a generated N-unit project for the load figures (bench/load/run.py).

  gen_project.py N OUT_DIR

Every unit costs the same to parse whatever N is: unit i includes the
prometheus-cpp stub headers, a two-member request type (app.h, taught to the
check as a source by CONFIG below: the stub frameworks' headers pull in
<regex> and would make the run parse-bound), its own header and the next
unit's header, never one that grows with N. Its flows cross units:

  - handle_i labels with the raw target through relay_{i+1} (a chain of
    relays, each in its own unit, ten long: relay_j calls relay_{j+1} until
    j % 10 == 9, which labels) -> one finding per unit, at the argument;
  - handle_i labels with norm_{i+1}(req.path) (a helper in the next unit that
    returns its parameter) -> one finding per unit, at the label;
  - handle_i labels with a bounded derivation of the path (its length) and
    passes a constant to relay_i -> nothing to report.

OUT_DIR/build/compile_commands.json lists the units.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAM = "prometheus::Family<prometheus::Counter>"
CONFIG = ("{CheckOptions: {metrics-high-cardinality-label.Sources: "
          "'app::Request::path=path;app::Request::target=target'}}")
APP_H = """#pragma once
#include <string>
namespace app {
struct Request {
  std::string path;
  std::string target;
};
} // namespace app
"""


def header(i):
    return """#pragma once
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

void relay_{i}({fam} &family, const std::string &value);
std::string norm_{i}(const std::string &value);
""".format(i=i, fam=FAM)


def unit(i, n):
    nxt = (i + 1) % n
    if i % 10 == 9 or nxt == 0:
        relay_body = '  family.Add({{"target", value}}).Increment();'
    else:
        relay_body = "  relay_%d(family, value);" % nxt
    return """#include "app.h"
#include "u{i}.h"
#include "u{nxt}.h"

void relay_{i}({fam} &family, const std::string &value) {{
{relay_body}
}}

std::string norm_{i}(const std::string &value) {{
  std::string copy = value;
  return copy;
}}

void handle_{i}(const app::Request &req, {fam} &family) {{
  relay_{nxt}(family, req.target);
  family.Add({{{{"path", norm_{nxt}(req.path)}}}}).Increment();
  std::string size = std::to_string(req.path.size());
  family.Add({{{{"size", size}}}}).Increment();
  relay_{i}(family, "/static");
}}
""".format(i=i, nxt=nxt, fam=FAM, relay_body=relay_body)


def generate(n, out):
    os.makedirs(os.path.join(out, "build"), exist_ok=True)
    db = []
    with open(os.path.join(out, "app.h"), "w") as f:
        f.write(APP_H)
    for i in range(n):
        with open(os.path.join(out, "u%d.h" % i), "w") as f:
            f.write(header(i))
        path = os.path.join(out, "u%d.cpp" % i)
        with open(path, "w") as f:
            f.write(unit(i, n))
        db.append({"directory": os.path.join(out, "build"), "file": path,
                   "arguments": ["clang++-19", "-std=c++17", "-isystem",
                                 os.path.join(ROOT, "test", "checkers", "Inputs"),
                                 "-c", path]})
    with open(os.path.join(out, "build", "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    return 2 * n   # the findings expected


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(generate(int(sys.argv[1]), sys.argv[2]))
