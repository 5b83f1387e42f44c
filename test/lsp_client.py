#!/usr/bin/env python3
"""A small JSON-RPC client for labelguard-clangd, used by the tests.

It speaks just enough LSP to open a file and read back what the server says:
initialize, initialized, didOpen, didChange, hover, completion, shutdown,
exit.
"""

import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse


def uri_of(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class LspError(Exception):
    pass


class Client:
    def __init__(self, clangd, args=(), cwd=None, timeout=120):
        self.timeout = timeout
        self.proc = subprocess.Popen(
            [clangd, "--log=error", "--pretty=false"] + list(args),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=cwd)
        self.next_id = 1
        self.messages = queue.Queue()
        self.stderr_lines = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length is None:
                continue
            self.messages.put(json.loads(out.read(length)))

    def _read_stderr(self):
        for line in self.proc.stderr:
            self.stderr_lines.append(line.decode("utf-8", "replace"))

    def _send(self, payload):
        data = json.dumps(payload).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": rid, "method": method,
                    "params": params})
        msg = self.wait_for(lambda m: m.get("id") == rid and "method" not in m,
                            "the reply to " + method)
        if "error" in msg:
            raise LspError("%s failed: %s" % (method, msg["error"]))
        return msg.get("result")

    def wait_for(self, pred, what):
        deadline = time.time() + self.timeout
        while True:
            left = deadline - time.time()
            if left <= 0:
                raise LspError("timed out waiting for " + what + "\n" +
                               "".join(self.stderr_lines[-20:]))
            try:
                msg = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                raise LspError("clangd exited while waiting for " + what +
                               "\n" + "".join(self.stderr_lines[-20:]))
            # Server-to-client requests (workDoneProgress/create) need a reply.
            if "method" in msg and "id" in msg:
                self._send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
                continue
            if pred(msg):
                return msg

    def initialize(self, root):
        return self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri_of(root),
            "capabilities": {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True,
                                           "codeDescriptionSupport": True},
                    "codeAction": {"codeActionLiteralSupport": {
                        "codeActionKind": {"valueSet": ["quickfix"]}}},
                    "hover": {"contentFormat": ["plaintext"]},
                    "completion": {"completionItem": {
                        "snippetSupport": False}},
                },
            },
        })

    def open(self, path, text=None, version=1):
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri_of(path), "languageId": "cpp", "version": version,
            "text": text}})

    def change(self, path, text, version):
        """Replaces the whole text of an open document (full sync, which
        every server supports)."""
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri_of(path), "version": version},
            "contentChanges": [{"text": text}]})

    def at(self, method, path, line, character):
        """A request about one position (0-based, as LSP counts)."""
        return self.request(method, {
            "textDocument": {"uri": uri_of(path)},
            "position": {"line": line, "character": character}})

    def hover(self, path, line, character):
        return self.at("textDocument/hover", path, line, character)

    def completion(self, path, line, character):
        """The completion items, whichever of the two reply shapes is used."""
        result = self.at("textDocument/completion", path, line, character)
        return result.get("items", []) if isinstance(result, dict) else (
            result or [])

    def diagnostics(self, path, version=None):
        """Waits for the diagnostics of `path` (for `version`, if given)."""
        uri = uri_of(path)
        def pred(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            p = m["params"]
            return p["uri"] == uri and (version is None or
                                        p.get("version") == version)
        return self.wait_for(pred, "diagnostics for " + path)["params"][
            "diagnostics"]

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
        return self.proc.returncode


def write_project(directory, file_path, check, config, compiler_args):
    """Writes .clang-tidy, .clangd and compile_flags.txt so that clangd runs
    just `check`, with the check options of `config` (clang-tidy --config
    syntax, which is also a valid .clang-tidy file)."""
    if config and config.strip() not in ("", "{}"):
        with open(os.path.join(directory, ".clang-tidy"), "w") as f:
            f.write(config + "\n")
    # Within one fragment clangd applies Remove after Add, so the default
    # checks are removed by a first fragment and the check added by a second.
    fragments = [
        {"Diagnostics": {"ClangTidy": {"Remove": ["*"]}}},
        {"Diagnostics": {"ClangTidy": {
            "Add": [check],
            # clangd skips checks whose cost it has not measured unless the
            # filter is relaxed.
            "FastCheckFilter": "None"}}},
    ]
    # JSON is YAML; clangd reads it as such.
    with open(os.path.join(directory, ".clangd"), "w") as f:
        f.write("\n---\n".join(json.dumps(frag) for frag in fragments) + "\n")
    with open(os.path.join(directory, "compile_flags.txt"), "w") as f:
        f.write("\n".join(compiler_args) + "\n")


def strip_fix_marker(message):
    """clangd appends " (fix available)" to a message that has a fix; the
    fix itself is checked through code actions."""
    marker = " (fix available)"
    return message[:-len(marker)] if message.endswith(marker) else message


def format_diagnostic(path, diag, severity_names={1: "error", 2: "warning",
                                                  3: "note", 4: "note"}):
    """Formats an LSP diagnostic the way clang-tidy prints one."""
    def lower_first(s):
        # clangd capitalizes the first letter of every message for editors;
        # labelguard's messages are all lower-case.
        return s[:1].lower() + s[1:]
    start = diag["range"]["start"]
    code = diag.get("code")
    lines = ["%s:%d:%d: %s: %s%s" % (
        path, start["line"] + 1, start["character"] + 1,
        severity_names.get(diag.get("severity", 1), "error"),
        lower_first(strip_fix_marker(diag["message"])),
        " [%s]" % code if code else "")]
    for rel in diag.get("relatedInformation", []):
        loc = rel["location"]
        rel_path = urllib.parse.unquote(loc["uri"][len("file://"):])
        s = loc["range"]["start"]
        lines.append("%s:%d:%d: note: %s" % (rel_path, s["line"] + 1,
                                             s["character"] + 1,
                                             lower_first(rel["message"])))
    return lines


def diagnostics_as_text(clangd, path, check, config, compiler_args):
    """Opens `path` in a fresh clangd and returns clang-tidy-style text.

    The file is copied into a directory of its own: .clangd and
    compile_flags.txt apply to a whole directory, and tests run in parallel.
    """
    directory = os.path.abspath(path) + ".clangd"
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    path = shutil.copy(path, directory)
    write_project(directory, path, check, config, compiler_args)
    client = Client(clangd, ["--clang-tidy", "--background-index=false"],
                    cwd=directory)
    try:
        client.initialize(directory)
        client.notify("initialized", {})
        client.open(path)
        diags = client.diagnostics(path)
    finally:
        client.close()
    return format_diagnostics(path, diags)


def format_diagnostics(path, diags):
    """A file's diagnostics as clang-tidy prints them.

    clangd applies one quick fix at a time, so a note that explains an edit
    every fix carries (the route registration) goes with each of them;
    clang-tidy prints it once, with the first. Printed once here too, so one
    annotated test serves every front end (the editor test checks that each
    registering fix has it).
    """
    lines = []
    seen_notes = set()
    for d in diags:
        formatted = format_diagnostic(path, d)
        lines.append(formatted[0])
        for note in formatted[1:]:
            if "the fix also registers" in note and note in seen_notes:
                continue
            seen_notes.add(note)
            lines.append(note)
    return "\n".join(lines) + "\n"
