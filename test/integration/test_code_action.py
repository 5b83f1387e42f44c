#!/usr/bin/env python3
"""The check's fix as an editor applies it: a code action of labelguard-clangd.

On a copy of the example service: every finding that has a fix offers a
quickfix code action; applying one finding's WorkspaceEdit (which carries the
#include of the guard with it, since clangd's diagnostics must stand alone)
gives text that compiles and clears exactly that finding.
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


def main():
    work = common.work_dir()
    project = os.path.join(work, "project")
    path = common.make_example_project(project)
    with open(os.path.join(project, ".clangd"), "w", encoding="utf-8") as f:
        f.write("Diagnostics:\n  ClangTidy:\n    Add: [%s]\n"
                "    FastCheckFilter: Loose\n" % CHECK)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    uri = lsp_client.uri_of(path)

    client = lsp_client.Client(common.env("LABELGUARD_CLANGD"),
                               ["--clang-tidy", "--background-index=false"],
                               cwd=project, timeout=120)
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
        # main.cpp on its own: the 404 counter's path and the target have
        # fixes, the query term has none. (The path it hands to metrics.cpp
        # is a finding only with the project index.)
        check(len(ours) == 3 and len(fixable) == 2,
              "of main.cpp's three findings, two offer a quickfix", ours)
        term_line = common.line_of(text, 'searches.Add({{"term", term}})')
        check(all(d["range"]["start"]["line"] != term_line - 1 for d in fixable),
              "the query parameter's finding offers no fix")
        if not fixable:
            common.finish()

        target = fixable[0]
        action = actions[id(target)]
        new_text = apply_edits(text, edits_of(action, uri))
        check("#include <labelguard/route_guard.hpp>" in new_text,
              "the code action inserts the guard's #include", action)
        check("labelguard::route_label(" in new_text,
              "the code action routes the value through the guard", action)

        # The edited file compiles with the example's own flags.
        entry = common.example_compile_command()
        args = entry.get("arguments") or shlex.split(entry["command"])
        # Beside the copy, whose "metrics.h" it includes.
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
        rc, out = common.run([common.env("CXX_COMPILER"), "-fsyntax-only",
                              edited] + cleaned, cwd=entry["directory"])
        check(rc == 0, "the edited file compiles", out)

        client.change(path, new_text, version=2)
        after = [d for d in client.diagnostics(path, version=2)
                 if d.get("code") == CHECK]
        check(len(after) == len(ours) - 1,
              "after the code action, one finding fewer (%d)" % (len(ours) - 1),
              after)
        fixed_line = target["range"]["start"]["line"]
        check(not [d for d in after if d["range"]["start"]["line"] == fixed_line],
              "the fixed finding is gone", after)
    finally:
        client.close()
    common.finish()


if __name__ == "__main__":
    main()
