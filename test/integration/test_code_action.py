#!/usr/bin/env python3
"""The check's fix as an editor applies it: a code action of labelguard-clangd.

On a copy of the example service: every finding that has a fix offers a
quickfix code action; applying one finding's WorkspaceEdit (which carries the
#include of the guard with it, since clangd's diagnostics must stand alone)
gives text that compiles and clears exactly that finding. Then again with
the project index that labelguard-scan writes (`ProjectSummaries` in
`.clang-tidy`): the leak whose label is set in metrics.cpp shows at the raw
caller in main.cpp, and its code action guards that argument there.
"""

import os
import shlex

import common
from common import CHECK, check
import lsp_client


def apply_edits(text, edits):
    """Applies LSP TextEdits (UTF-16 positions; the example is ASCII)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(pos):
        return offsets[pos["line"]] + pos["character"]

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]),
                       reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


def edits_of(action, uri):
    edit = action.get("edit", {})
    edits = list(edit.get("changes", {}).get(uri, []))
    for change in edit.get("documentChanges", []):
        if change.get("textDocument", {}).get("uri") == uri:
            edits += change.get("edits", [])
    return edits


def compiles(project, new_text):
    """The edited main.cpp compiles with the example's own flags, beside the
    copy whose "metrics.h" it includes."""
    entry = common.example_compile_command()
    args = entry.get("arguments") or shlex.split(entry["command"])
    edited = os.path.join(project, "edited.cpp")
    with open(edited, "w", encoding="utf-8") as f:
        f.write(new_text)
    compile_args = [a for a in args[1:]
                    if a not in (entry["file"],) and not a.endswith(".o")]
    cleaned, skip = [], False
    for a in compile_args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-c"):
            skip = a == "-o"
            continue
        cleaned.append(a)
    return common.run([common.env("CXX_COMPILER"), "-fsyntax-only",
                       edited] + cleaned, cwd=entry["directory"])


def session(project, path, text, expected, fixable_count, pick, what):
    """Opens main.cpp in labelguard-clangd; of its `expected` findings,
    `fixable_count` must offer a quickfix; applies the one `pick` chooses
    and checks that the edited file compiles and lost exactly that finding.
    Returns the edited text."""
    uri = lsp_client.uri_of(path)
    client = lsp_client.Client(common.env("LABELGUARD_CLANGD"),
                               ["--clang-tidy", "--background-index=false"],
                               cwd=project, timeout=120)
    new_text = None
    try:
        client.initialize(project)
        client.notify("initialized", {})
        client.open(path, text, version=1)
        ours = [d for d in client.diagnostics(path, version=1)
                if d.get("code") == CHECK]
        fixable, actions = [], {}
        for d in ours:
            result = client.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": d["range"],
                "context": {"diagnostics": [d], "only": ["quickfix"]}}) or []
            quick = [a for a in result if a.get("kind") == "quickfix" and
                     edits_of(a, uri)]
            if quick:
                fixable.append(d)
                actions[id(d)] = quick[0]
        check(len(ours) == expected and len(fixable) == fixable_count,
              "%s: of main.cpp's %d findings, %d offer a quickfix"
              % (what, expected, fixable_count), ours)
        term_line = common.line_of(text, 'searches.Add({{"term", term}})')
        check(all(d["range"]["start"]["line"] != term_line - 1 for d in fixable),
              "%s: the query parameter's finding offers no fix" % what)
        target = pick(fixable)
        if target is None:
            check(False, "%s: the finding to fix offers a quickfix" % what,
                  fixable)
            return None
        action = actions[id(target)]
        new_text = apply_edits(text, edits_of(action, uri))
        check("#include <labelguard/route_guard.hpp>" in new_text,
              "%s: the code action inserts the guard's #include" % what, action)
        check("labelguard::route_label(" in new_text,
              "%s: the code action routes the value through the guard" % what,
              action)
        rc, out = compiles(project, new_text)
        check(rc == 0, "%s: the edited file compiles" % what, out)
        if new_text.count("declare_httplib_route(") > text.count(
                "declare_httplib_route("):
            check(any("the fix also registers" in r.get("message", "").lower()
                      for r in target.get("relatedInformation", [])),
                  "%s: the finding whose quick fix registers the routes says "
                  "so in a note" % what, target)

        client.change(path, new_text, version=2)
        after = [d for d in client.diagnostics(path, version=2)
                 if d.get("code") == CHECK]
        check(len(after) == len(ours) - 1,
              "%s: after the code action, one finding fewer (%d)"
              % (what, len(ours) - 1), after)
        fixed_line = target["range"]["start"]["line"]
        check(not [d for d in after
                   if d["range"]["start"]["line"] == fixed_line],
              "%s: the fixed finding is gone" % what, after)
    finally:
        client.close()
    return new_text


def main():
    work = common.work_dir()
    project = os.path.join(work, "project")
    path = common.make_example_project(project)
    with open(os.path.join(project, ".clangd"), "w", encoding="utf-8") as f:
        f.write("Diagnostics:\n  ClangTidy:\n    Add: [%s]\n"
                "    FastCheckFilter: Loose\n" % CHECK)
    with open(path, encoding="utf-8") as f:
        text = f.read()

    # main.cpp on its own: the 404 counter's path and the target have
    # fixes, the query term has none. (The path it hands to metrics.cpp
    # is a finding only with the project index.) The last one is applied:
    # in clangd every fix must carry the guard's #include and the route
    # registration, not only the first of the file.
    edited = session(project, path, text, 3, 2, lambda fixable: fixable[-1]
                     if fixable else None, "per file")
    if edited is not None:
        check(edited.count("labelguard::declare_httplib_route(") == 4,
              "per file: the code action also registers the four routes "
              "where they are declared", edited)

    # With the project index (docs/whole-program.md), the leak whose label
    # is set in metrics.cpp shows at the raw caller in main.cpp, and its
    # code action edits that call, in main.cpp: metrics.cpp is shared by
    # every caller and stays as it is.
    common.use_project_index(work, project)
    call_line = common.line_of(text, "metrics.record_request(req.method, "
                               "req.path, res.status);") - 1

    def the_call(fixable):
        return next((d for d in fixable
                     if d["range"]["start"]["line"] == call_line), None)

    edited = session(project, path, text, 4, 3, the_call, "with the index")
    if edited is not None:
        check("metrics.record_request(req.method, labelguard::route_label("
              "req.path), res.status);" in edited,
              "with the index: the code action guards the raw argument of "
              "the call into metrics.cpp", edited)
    common.finish()


if __name__ == "__main__":
    main()
