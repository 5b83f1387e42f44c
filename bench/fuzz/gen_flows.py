#!/usr/bin/env python3
"""Generates services whose leaks are known by construction (the fuzzer's
generator; bench/fuzz/run.py is its runner and oracle).

A program is a few *flows*, each: a source (a request accessor of the stub
headers in test/checkers/Inputs), a chain of hops, and a sink (a prometheus
label value, label key, Labels map or metric name). The generator first draws
a *plan* (plain data: a list of hops with their variants and the file each
function goes to) and then emits C++ from it deterministically, so a plan can
be shrunk hop by hop (run.py --minimize) and emitted again.

The chain has the shape every call path has: zero or more *up* hops (the value
is read in a callee and handed back by `return` or through an out-parameter),
then the *apex* (the handler, holding the request and the Family), then zero
or more *down* hops (the value is passed into a helper, a virtual overrider,
a lambda, a std::function, a function pointer, a template, a setter whose
member another method labels with, an RAII object). Intra hops (locals,
concatenation, formatting, containers, aggregates, identity helpers,
getters, captures) go anywhere they are valid. Guards and bounded
derivations clean the value.

The oracle: the sink is raw iff no cleaning hop is on the chain. The warning
belongs at the argument of the first down hop's call (the outermost call that
hands raw data to a helper whose parameter reaches the metric; a setter whose
member a getter hands back counts too), or, with no such call, at the sink
itself; its kind is the source's; its role is the
sink's (label or name).

  gen_flows.py --seed N --out DIR [--flows K] [--files F]

writes DIR/common.h, DIR/u0.cpp ... and DIR/oracle.json.
"""

import argparse
import json
import os
import random

FAM = "prometheus::Family<prometheus::Counter>"

# Sources: (framework, accessor template on `req`, kind).
SOURCES = [
    ("httplib", "req.path", "path"),
    ("httplib", "req.target", "target"),
    ("httplib", 'req.get_param_value("id")', "query"),
    ("httplib", 'req.get_header_value("User-Agent")', "header"),
    ("httplib", "req.remote_addr", "address"),
    ("httplib", "req.body", "body"),
    ("crow", "req.url", "path"),
    ("crow", "req.raw_url", "target"),
    ("crow", 'req.get_header_value("X-Tenant")', "header"),
    ("crow", "req.remote_ip_address", "address"),
]
REQ_TYPE = {"httplib": "const httplib::Request &", "crow": "const crow::request &"}

KIND_WORDS = {
    "path": "the raw request path",
    "target": "the raw request target (path and query)",
    "query": "a request query parameter",
    "pathparam": "a request path parameter",
    "header": "a request header",
    "address": "the client address",
    "body": "the request body",
    "cookie": "a request cookie",
}

# Hop kinds. "pre": valid before the apex (inside a function that returns a
# string); "post": only after it (void context holding the Family).
INTRA_ANY = ["local", "concat", "append", "substr", "ostream", "snprintf", "fmt",
             "vector", "map", "optional", "aggregate", "identity", "getter"]
INTRA_POST = ["lambda_capture_ref", "lambda_init_capture"]
CLEAN_ANY = ["guard_route_label", "guard_count", "guard_find", "guard_helper",
             "kill", "bounded"]
CLEAN_POST = ["guard_early_return"]
UP = ["return", "outparam"]
DOWN = ["param", "virtual", "setter_flush", "raii", "lambda_param", "std_function",
        "fnptr", "template"]
SINKS = ["label_value", "label_key", "labels_map", "name"]


def draw_plan(rng, fid, nfiles, p_clean=0.3):
    """One flow's plan: plain data, see the module's docstring."""
    fw, src, kind = rng.choice(SOURCES)
    hops = []

    def f():
        return rng.randrange(nfiles)

    def intra(post, n):
        for _ in range(n):
            pool = INTRA_ANY + (INTRA_POST if post else [])
            hops.append({"hop": rng.choice(pool), "v": rng.randrange(2), "file": f()})

    n_up = rng.choice([0, 0, 0, 1, 1, 2])
    n_down = rng.choice([0, 1, 1, 1, 2, 3])
    for _ in range(n_up):
        intra(False, rng.choice([0, 0, 1, 2]))
        hops.append({"hop": rng.choice(UP), "v": rng.randrange(2), "file": f()})
    intra(True, rng.choice([0, 1, 1, 2]))
    for _ in range(n_down):
        hops.append({"hop": rng.choice(DOWN), "v": rng.randrange(2), "file": f()})
        intra(True, rng.choice([0, 0, 1, 2]))
    if rng.random() < p_clean:
        # A cleaning hop at a random place; post-apex-only ones after the apex.
        apex = max([i + 1 for i, h in enumerate(hops) if h["hop"] in UP] or [0])
        pos = rng.randrange(len(hops) + 1)
        pool = CLEAN_ANY + (CLEAN_POST if pos >= apex else [])
        hops.insert(pos, {"hop": rng.choice(pool), "v": rng.randrange(2), "file": f()})
    return {"id": fid, "framework": fw, "source": src, "kind": kind,
            "sink": rng.choice(SINKS), "sink_v": rng.randrange(2),
            "apex_file": f(), "hops": hops}


def draw_program(rng, nflows, nfiles):
    return {"files": nfiles,
            "flows": [draw_plan(rng, "f%d" % i, nfiles) for i in range(nflows)]}


# --- Emission ----------------------------------------------------------------

class Line:
    def __init__(self, text, flow, tag=None):
        self.text, self.flow, self.tag = text, flow, tag


class Block:
    """A function or a lambda: a header line, a body, a footer line."""

    def __init__(self, header, flow, footer="}", file=None):
        self.header, self.flow, self.footer, self.file = header, flow, footer, file
        self.body = []


class Ctx:
    """Where the chain currently is: the body being written, the name of the
    Family there, and whether that context can `return;`."""

    def __init__(self, block, fam, indent="  ", can_return=False):
        self.block, self.fam, self.indent, self.can_return = block, fam, indent, can_return

    def add(self, text, flow, tag=None):
        self.block.body.append(Line(self.indent + text, flow, tag))


class Emitter:
    def __init__(self, program):
        self.program = program
        self.nfiles = program["files"]
        self.files = [[] for _ in range(self.nfiles)]   # Blocks per unit
        self.decls = []        # common.h: declarations and class definitions
        self.templates = []    # common.h: template definitions (emitted reversed)
        self.uses_guard = False
        self.n = 0

    def fresh(self, base):
        self.n += 1
        return "%s%d" % (base, self.n)

    # One flow.
    def flow(self, plan):
        fid = plan["id"]
        req = REQ_TYPE[plan["framework"]]
        hops = plan["hops"]
        n_up = sum(1 for h in hops if h["hop"] in UP)
        ups_left = n_up
        raw = True
        report = None   # the Line the warning belongs to
        first_down = [None]

        created = []

        def new_fn(file, header):
            b = Block(header, fid, file=file)
            self.files[file].append(b)
            created.append(b)
            return b

        # The first function: a producer when there are up hops, else the apex.
        if n_up:
            cur_fn = new_fn(next(h for h in hops if h["hop"] in UP)["file"], None)
            ctx = Ctx(cur_fn, None)
        else:
            name = "handle_" + fid
            cur_fn = new_fn(plan["apex_file"], "void %s(%sreq, %s &fam) {" % (name, req, FAM))
            self.decls.append("void %s(%sreq, %s &fam);" % (name, req, FAM))
            ctx = Ctx(cur_fn, "fam", can_return=True)
        expr = plan["source"]

        def var(base):
            return self.fresh(base + "_" + fid + "_")

        features = []
        for h in hops:
            k, v, file = h["hop"], h["v"], h["file"]
            here, ncreated = ctx.block.file, len(created)
            features.append(k)
            if k == "local":
                n = var("v")
                ctx.add("std::string %s = %s;" % (n, expr) if v == 0 else
                        "const std::string &%s = %s;" % (n, expr), fid)
                expr = n
            elif k == "concat":
                n = var("c")
                ctx.add('std::string %s = "/api" + %s;' % (n, expr) if v == 0 else
                        'std::string %s = %s + "/x";' % (n, expr), fid)
                expr = n
            elif k == "append":
                n = var("a")
                ctx.add('std::string %s = "k:";' % n, fid)
                ctx.add("%s += %s;" % (n, expr) if v == 0 else "%s.append(%s);" % (n, expr), fid)
                expr = n
            elif k == "substr":
                n = var("s")
                ctx.add("std::string %s = std::string(%s).substr(%d);" % (n, expr, v), fid)
                expr = n
            elif k == "ostream":
                os_, n = var("os"), var("s")
                ctx.add("std::ostringstream %s;" % os_, fid)
                ctx.add('%s << "/v1" << %s;' % (os_, expr), fid)
                ctx.add("std::string %s = %s.str();" % (n, os_), fid)
                expr = n
            elif k == "snprintf":
                buf, n = var("buf"), var("s")
                ctx.add("char %s[256];" % buf, fid)
                ctx.add('std::snprintf(%s, sizeof %s, "%%s", std::string(%s).c_str());'
                        % (buf, buf, expr), fid)
                ctx.add("std::string %s = %s;" % (n, buf), fid)
                expr = n
            elif k == "fmt":
                n = var("s")
                ctx.add('std::string %s = fmt::format("{}", %s);' % (n, expr), fid)
                expr = n
            elif k == "vector":
                n = var("vec")
                ctx.add("std::vector<std::string> %s;" % n, fid)
                ctx.add("%s.push_back(%s);" % (n, expr), fid)
                expr = "%s.front()" % n if v == 0 else "%s[0]" % n
            elif k == "map":
                n = var("m")
                ctx.add("std::map<std::string, std::string> %s;" % n, fid)
                ctx.add('%s["k"] = %s;' % (n, expr), fid)
                expr = '%s["k"]' % n if v == 0 else '%s.at("k")' % n
            elif k == "optional":
                n = var("opt")
                ctx.add("std::optional<std::string> %s = %s;" % (n, expr), fid)
                expr = "*%s" % n if v == 0 else "%s.value()" % n
            elif k == "aggregate":
                t, n = var("Info"), var("info")
                self.decls.append("struct %s {\n  std::string path;\n  int status;\n};" % t)
                ctx.add("%s %s{%s, 200};" % (t, n, expr), fid)
                expr = "%s.path" % n
            elif k == "identity":
                fn, n = var("id"), var("t")
                self.decls.append("std::string %s(const std::string &p);" % fn)
                b = new_fn(file, "std::string %s(const std::string &p) {" % fn)
                b.body.append(Line("  std::string copy = p;" if v == 0 else
                                   '  std::string copy = "/" + p;', fid))
                b.body.append(Line("  return copy;", fid))
                ctx.add("std::string %s = %s(%s);" % (n, fn, expr), fid)
                expr = n
            elif k == "getter":
                cls, n, g = var("Holder"), var("h"), var("g")
                self.decls.append(
                    "class %s {\npublic:\n  void keep(const std::string &p);\n"
                    "  std::string get() const;\n\nprivate:\n  std::string m_;\n};" % cls)
                b = new_fn(file, "void %s::keep(const std::string &p) {" % cls)
                b.body.append(Line("  m_ = p;", fid))
                b = new_fn((file + 1) % self.nfiles, "std::string %s::get() const {" % cls)
                b.body.append(Line("  return m_;", fid))
                ctx.add("%s %s;" % (cls, n), fid)
                keep = Line(ctx.indent + "%s.keep(%s);" % (n, expr), fid)
                ctx.block.body.append(keep)
                # keep()'s parameter reaches the metric through the member:
                # a call that hands raw data on, like a down hop.
                if first_down[0] is None:
                    first_down[0] = keep
                ctx.add("std::string %s = %s.get();" % (g, n), fid)
                expr = g
            elif k in ("lambda_capture_ref", "lambda_init_capture"):
                lam = var("lam")
                if k == "lambda_capture_ref":
                    c = var("cap")
                    ctx.add("std::string %s = %s;" % (c, expr), fid)
                    blk = Block(ctx.indent + "auto %s = [&]() {" % lam, fid,
                                ctx.indent + "};", file=here)
                else:
                    c = var("cap")
                    blk = Block(ctx.indent + "auto %s = [&, %s = std::string(%s)]() {"
                                % (lam, c, expr), fid, ctx.indent + "};", file=here)
                ctx.block.body.append(blk)
                ctx.add("%s();" % lam, fid)
                ctx = Ctx(blk, ctx.fam, ctx.indent + "  ", can_return=True)
                expr = c
            # Cleaning hops.
            elif k == "guard_route_label":
                self.uses_guard = True
                n = var("g")
                ctx.add("std::string %s = labelguard::route_label(%s);" % (n, expr), fid)
                expr, raw = n, False
            elif k in ("guard_count", "guard_find", "guard_helper"):
                n = var("g")
                ctx.add("std::string %s = %s;" % (n, expr), fid)
                if k == "guard_count":
                    cond = "!kRoutes.count(%s)" % n
                elif k == "guard_find":
                    cond = "kRoutes.find(%s) == kRoutes.end()" % n
                else:
                    fn = var("is_registered")
                    self.decls.append("bool %s(const std::string &p);" % fn)
                    b = new_fn(file, "bool %s(const std::string &p) {" % fn)
                    b.body.append(Line("  return kRoutes.count(p) > 0;", fid))
                    cond = "!%s(%s)" % (fn, n)
                ctx.add("if (%s)" % cond, fid)
                ctx.add('  %s = "unregistered-path";' % n, fid)
                expr, raw = n, False
            elif k == "guard_early_return":
                n = var("g")
                ctx.add("std::string %s = %s;" % (n, expr), fid)
                ctx.add("if (!kRoutes.count(%s))" % n, fid)
                ctx.add("  return;", fid)
                expr, raw = n, False
            elif k == "kill":
                n = var("g")
                ctx.add("std::string %s = %s;" % (n, expr), fid)
                ctx.add('%s = "/static";' % n, fid)
                expr, raw = n, False
            elif k == "bounded":
                n = var("g")
                ctx.add("std::string %s = std::to_string(std::string(%s).size());"
                        % (n, expr), fid)
                expr, raw = n, False
            # Up hops: close the producer, open its caller.
            elif k in UP:
                ups_left -= 1
                name = var("get" if k == "return" else "fill")
                if k == "return":
                    cur_fn.header = "std::string %s(%sreq) {" % (name, req)
                    self.decls.append("std::string %s(%sreq);" % (name, req))
                    ctx.add("return %s;" % expr, fid)
                else:
                    cur_fn.header = "void %s(%sreq, std::string &out) {" % (name, req)
                    self.decls.append("void %s(%sreq, std::string &out);" % (name, req))
                    ctx.add("out = %s;" % expr, fid)
                if ups_left:
                    nxt = next(x for x in hops[hops.index(h) + 1:] if x["hop"] in UP)
                    cur_fn = new_fn(nxt["file"], None)
                    ctx = Ctx(cur_fn, None)
                else:
                    hname = "handle_" + fid
                    cur_fn = new_fn(plan["apex_file"], "void %s(%sreq, %s &fam) {"
                                    % (hname, req, FAM))
                    self.decls.append("void %s(%sreq, %s &fam);" % (hname, req, FAM))
                    ctx = Ctx(cur_fn, "fam", can_return=True)
                if k == "return":
                    n = var("r")
                    ctx.add("std::string %s = %s(req);" % (n, name), fid)
                else:
                    n = var("o")
                    ctx.add("std::string %s;" % n, fid)
                    ctx.add("%s(req, %s);" % (name, n), fid)
                expr = n
            # Down hops: the call line is where the warning goes (first one).
            elif k in DOWN:
                fam = ctx.fam
                if k in ("param", "fnptr"):
                    fn = var("record" if k == "param" else "hook")
                    sig = "void %s(%s &fam, const std::string &p)" % (fn, FAM)
                    self.decls.append(sig + ";")
                    if k == "param":
                        line = Line(ctx.indent + "%s(%s, %s);" % (fn, fam, expr), fid)
                    else:
                        fp = var("fp")
                        ctx.add("void (*%s)(%s &, const std::string &) = &%s;" % (fp, FAM, fn), fid)
                        line = Line(ctx.indent + "%s(%s, %s);" % (fp, fam, expr), fid)
                    ctx.block.body.append(line)
                    b = new_fn(file, sig + " {")
                    ctx, expr = Ctx(b, "fam", can_return=True), "p"
                elif k == "template":
                    fn = var("tpl")
                    b = Block("template <typename T> void %s(%s &fam, const T &p) {"
                              % (fn, FAM), fid, file="h")
                    self.templates.append(b)
                    line = Line(ctx.indent + "%s(%s, %s);" % (fn, fam, expr), fid)
                    ctx.block.body.append(line)
                    ctx, expr = Ctx(b, "fam", can_return=True), "p"
                elif k == "virtual":
                    base, impl, obj, ref = var("Sink"), var("PromSink"), var("impl"), var("sink")
                    self.decls.append(
                        "class %s {\npublic:\n  virtual ~%s() = default;\n"
                        "  virtual void record(%s &fam, const std::string &p) = 0;\n};"
                        % (base, base, FAM))
                    self.decls.append(
                        "class %s : public %s {\npublic:\n"
                        "  void record(%s &fam, const std::string &p) override;\n};"
                        % (impl, base, FAM))
                    ctx.add("%s %s;" % (impl, obj), fid)
                    ctx.add("%s &%s = %s;" % (base, ref, obj), fid)
                    line = Line(ctx.indent + "%s.record(%s, %s);" % (ref, fam, expr), fid)
                    ctx.block.body.append(line)
                    b = new_fn(file, "void %s::record(%s &fam, const std::string &p) {"
                               % (impl, FAM))
                    ctx, expr = Ctx(b, "fam", can_return=True), "p"
                elif k == "setter_flush":
                    cls, obj = var("Recorder"), var("rec")
                    self.decls.append(
                        "class %s {\npublic:\n  void set(const std::string &p);\n"
                        "  void flush(%s &fam);\n\nprivate:\n  std::string m_;\n};"
                        % (cls, FAM))
                    s = new_fn((file + v) % self.nfiles,
                               "void %s::set(const std::string &p) {" % cls)
                    s.body.append(Line("  m_ = p;", fid))
                    ctx.add("%s %s;" % (cls, obj), fid)
                    line = Line(ctx.indent + "%s.set(%s);" % (obj, expr), fid)
                    ctx.block.body.append(line)
                    ctx.add("%s.flush(%s);" % (obj, fam), fid)
                    b = new_fn(file, "void %s::flush(%s &fam) {" % (cls, FAM))
                    ctx, expr = Ctx(b, "fam", can_return=True), "m_"
                elif k == "raii":
                    cls, obj = var("Tracker"), var("trk")
                    self.decls.append(
                        "class %s {\npublic:\n  %s(%s &fam, const std::string &p);\n"
                        "  ~%s();\n\nprivate:\n  %s &fam_;\n  std::string m_;\n};"
                        % (cls, cls, FAM, cls, FAM))
                    c = new_fn((file + v) % self.nfiles,
                               "%s::%s(%s &fam, const std::string &p)" % (cls, cls, FAM))
                    c.body.append(Line("    : fam_(fam), m_(p) {", fid))
                    line = Line(ctx.indent + "%s %s(%s, %s);" % (cls, obj, fam, expr), fid)
                    ctx.block.body.append(line)
                    b = new_fn(file, "%s::~%s() {" % (cls, cls))
                    ctx, expr = Ctx(b, "fam_", can_return=True), "m_"
                else:  # lambda_param, std_function
                    lam = var("lam" if k == "lambda_param" else "hook")
                    if k == "lambda_param":
                        head = "auto %s = [&](const std::string &s) {" % lam
                    else:
                        head = ("std::function<void(const std::string &)> %s = "
                                "[&](const std::string &s) {" % lam)
                    blk = Block(ctx.indent + head, fid, ctx.indent + "};", file=here)
                    ctx.block.body.append(blk)
                    line = Line(ctx.indent + "%s(%s);" % (lam, expr), fid)
                    ctx.block.body.append(line)
                    ctx = Ctx(blk, ctx.fam, ctx.indent + "  ", can_return=True)
                    expr = "s"
                if first_down[0] is None:
                    first_down[0] = line
            else:
                raise ValueError("unknown hop " + k)
            if here is not None and any(b.file != here for b in created[ncreated:]):
                features[-1] = k + "@other-unit"

        # The sink.
        sink, sv = plan["sink"], plan["sink_v"]
        fam = ctx.fam
        if sink == "label_value":
            text = '%s.Add({{"k", %s}}).Increment();' % (fam, expr)
        elif sink == "label_key":
            text = '%s.Add({{%s, "v"}}).Increment();' % (fam, expr)
        elif sink == "labels_map":
            lbl = var("lbl")
            text = ('prometheus::Labels %s{{"k", %s}}; %s.Add(%s).Increment();'
                    % (lbl, expr, fam, lbl))
        else:
            fam2 = var("family")
            name = expr if sv == 0 else '"requests_" + %s' % expr
            text = ('%s %s(%s, "help", prometheus::Labels{});' % (FAM, fam2, name))
        sink_line = Line(ctx.indent + text, fid)
        ctx.block.body.append(sink_line)
        report = first_down[0] or sink_line
        if raw:
            report.tag = "warn"
        return {"id": fid, "raw": raw, "kind": plan["kind"],
                "role": "name" if sink == "name" else "label",
                "hops": [h["hop"] for h in hops], "features": features, "sink": sink,
                "framework": plan["framework"], "source": plan["source"]}

    def render(self, out_dir):
        flows = [self.flow(p) for p in self.program["flows"]]
        owner = {}     # (file, line) -> flow id
        expect = {}    # flow id -> (file, line)

        def emit(lines, item, fname):
            if isinstance(item, Line):
                lines.append(item.text)
                owner[(fname, len(lines))] = item.flow
                if item.tag == "warn":
                    expect[item.flow] = (fname, len(lines))
                return
            if item.header is not None:
                lines.append(item.header)
                owner[(fname, len(lines))] = item.flow
            for x in item.body:
                emit(lines, x, fname)
            lines.append(item.footer)
            owner[(fname, len(lines))] = item.flow

        head = ["#pragma once", "#include <httplib.h>", "#include <crow.h>",
                "#include <prometheus/counter.h>", "#include <prometheus/family.h>",
                "#include <fmt/format.h>", "#include <cstdio>", "#include <functional>",
                "#include <map>", "#include <optional>", "#include <set>",
                "#include <sstream>", "#include <string>", "#include <vector>"]
        if self.uses_guard:
            head.append("#include <labelguard/route_guard.hpp>")
        head += ["", 'inline const std::set<std::string> kRoutes = {"/", "/users/:id"};', ""]
        hdr = list(head)
        for d in self.decls:
            hdr.extend(d.split("\n"))
        for t in reversed(self.templates):
            emit(hdr, t, "common.h")
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, "common.h"), "w") as fh:
            fh.write("\n".join(hdr) + "\n")
        units = []
        for i, blocks in enumerate(self.files):
            fname = "u%d.cpp" % i
            lines = ['#include "common.h"', ""]
            for b in blocks:
                emit(lines, b, fname)
                lines.append("")
            with open(os.path.join(out_dir, fname), "w") as fh:
                fh.write("\n".join(lines) + "\n")
            units.append(fname)
        for fl in flows:
            fl["expect"] = list(expect[fl["id"]]) if fl["raw"] else None
        oracle = {"units": units, "flows": flows,
                  "owner": {"%s:%d" % k: v for k, v in sorted(owner.items())}}
        with open(os.path.join(out_dir, "oracle.json"), "w") as fh:
            json.dump(oracle, fh, indent=1, sort_keys=True)
        return oracle


def emit_program(program, out_dir):
    return Emitter(program).render(out_dir)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--flows", type=int, default=0, help="flows (default: 2-5)")
    ap.add_argument("--files", type=int, default=0, help="units (default: 1-3)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nfiles = a.files or rng.choice([1, 2, 3, 3])
    nflows = a.flows or rng.randint(2, 5)
    prog = draw_program(rng, nflows, nfiles)
    emit_program(prog, a.out)
    with open(os.path.join(a.out, "plan.json"), "w") as fh:
        json.dump(prog, fh, indent=1)


if __name__ == "__main__":
    main()
