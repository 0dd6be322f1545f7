#!/usr/bin/env python3
"""A scripted LSP client for the tests of `privlint lsp`.

Usage: lsp-client.py SCRIPT --root DIR [--tag T] [--utf8] [--timeout S] -- SERVER ARGS...

It starts the server, reads the commands written in SCRIPT on lines
`LSP: ...` (or `LSP-T: ...` with --tag T; any comment leader before them is
ignored) and prints what the server answers in a compact, stable form for
FileCheck. Every byte the server writes to its standard output must be a
framed JSON-RPC message: anything else is reported as `stray output` and
fails the run.

Commands (paths are relative to --root):
  init [json-capabilities]     initialize (+ initialized); prints the encoding
  open PATH [VERSION]          didOpen with the file's content on disk
  open-text PATH VERSION JSON  didOpen with the given text (a JSON string)
  change PATH VERSION L1 C1 L2 C2 JSON   incremental change (JSON string); lines
                               1-based, characters 0-based (as diagnostics print)
  replace PATH VERSION JSON    full-text change
  save PATH                    didSave
  close PATH                   didClose
  write PATH JSON              writes a file on disk (no notification)
  watched TYPE PATH            didChangeWatchedFiles (1 created, 2 changed, 3 deleted)
  config-changed               didChangeConfiguration
  diags PATH [VERSION]         waits for the next diagnostics of PATH (at
                               VERSION or later) and prints them
  diags-until PATH VERSION COUNT [TEXT...]   waits for a publication of PATH at
                               VERSION or later with COUNT diagnostics, each TEXT
                               in them (a message part or a range L:C-L:C)
  no-diags-within MS PATH      prints diagnostics of PATH published within MS
  actions PATH LINE            code actions for a 1-based line; prints them (each edit
                               as `insert TEXT` at L:C, or `replace with TEXT` of L:C-L:C)
  apply PATH LINE N            applies action N (0-based) of that line: open
                               documents get a full-text didChange, others
                               are opened first
  text PATH                    prints the client's copy of an open document
  request METHOD JSON          a request; prints the response
  notify METHOD JSON           a notification
  send-raw PYTHON-LITERAL      writes bytes as they are (framing included)
  send-body PYTHON-LITERAL     writes one framed message with this body
  send-big MIB ID              a request of MIB mebibytes with id ID (a JSON value)
  expect JSON-SUBSET           waits for the next message from the server that is
                               not a diagnostics notification; prints it
  shutdown                     shutdown request; prints the response
  exit                         exit notification; waits for the exit code
  eof                          closes the server's input; waits for the exit code
  sleep MS
"""

import argparse
import ast
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.parse


def uri_of(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def path_of(uri):
    return urllib.parse.unquote(urllib.parse.urlparse(uri).path)


class Client:
    def __init__(self, argv, root, timeout):
        self.root = os.path.abspath(root)
        self.timeout = timeout
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     cwd=self.root)
        self.inbox = queue.Queue()
        self.next_id = 0
        self.docs = {}      # abs path -> [uri, version, text]
        self.diags = {}     # uri -> list of (version, diagnostics) in arrival order
        self.pending = []   # non-diagnostic messages not yet consumed
        self.actions = {}
        self.utf16 = True
        self.failed = False
        threading.Thread(target=self.reader, daemon=True).start()

    # --- wire -----------------------------------------------------------
    def reader(self):
        out = self.proc.stdout
        while True:
            headers = b""
            while not headers.endswith(b"\r\n\r\n"):
                c = out.read(1)
                if not c:
                    if headers:
                        self.inbox.put(("stray", headers))
                    self.inbox.put(("eof", None))
                    return
                headers += c
                if len(headers) > 4096:
                    self.inbox.put(("stray", headers[:200]))
                    self.inbox.put(("eof", None))
                    return
            m = re.match(rb"^Content-Length: (\d+)\r\n\r\n$", headers)
            if not m:
                self.inbox.put(("stray", headers[:200]))
                self.inbox.put(("eof", None))
                return
            body = out.read(int(m.group(1)))
            try:
                self.inbox.put(("msg", json.loads(body)))
            except ValueError:
                self.inbox.put(("stray", body[:200]))

    def write(self, data):
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            print("client: the server's input is closed")

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def fail(self, what):
        print("client: error: " + what)
        self.failed = True

    def pump(self, deadline):
        """Takes one message off the wire; False at the deadline or the end."""
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        try:
            kind, msg = self.inbox.get(timeout=left)
        except queue.Empty:
            return False
        if kind == "stray":
            self.fail("stray output on standard output: %r" % msg)
            return True
        if kind == "eof":
            self.inbox.put(("eof", None))
            return False
        if msg.get("method") == "textDocument/publishDiagnostics":
            p = msg["params"]
            self.diags.setdefault(p["uri"], []).append((p.get("version"), p["diagnostics"]))
            return True
        if "method" in msg and "id" in msg:  # a request of the server's: accept it
            self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            print("server request %s: %s %s" % (json.dumps(msg["id"]), msg["method"], json.dumps(msg.get("params"), sort_keys=True)))
            return True
        self.pending.append(msg)
        return True

    def wait(self, pred, ms=None):
        deadline = time.monotonic() + (ms / 1000.0 if ms is not None else self.timeout)
        while True:
            for i, m in enumerate(self.pending):
                if pred(m):
                    return self.pending.pop(i)
            if not self.pump(deadline):
                return None

    # --- documents ----------------------------------------------------------
    def abspath(self, p):
        return os.path.join(self.root, p)

    def rel(self, uri):
        p = path_of(uri)
        return os.path.relpath(p, self.root) if p.startswith(self.root) else p

    def open_text(self, path, version, text, lang=""):
        full = self.abspath(path)
        uri = uri_of(full)
        self.docs[full] = [uri, version, text]
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": lang, "version": version, "text": text}})

    def wait_diags(self, path, version=None, ms=None):
        uri = uri_of(self.abspath(path))
        deadline = time.monotonic() + (ms / 1000.0 if ms is not None else self.timeout)
        while True:
            # The next publication (older versions than asked for are skipped).
            got = self.diags.get(uri, [])
            while got:
                v, d = got.pop(0)
                if version is None or (v is not None and v >= version):
                    return v, d
            if not self.pump(deadline):
                return None

    def print_diags(self, path, got):
        if got is None:
            self.fail("no diagnostics for %s" % path)
            return
        v, diags = got
        print("diagnostics %s version=%s count=%d" % (path, v, len(diags)))
        sev = {1: "error", 2: "warning", 3: "information", 4: "hint"}
        for d in diags:
            r = d["range"]
            print("  %d:%d-%d:%d %s [%s] %s: %s" % (
                r["start"]["line"] + 1, r["start"]["character"], r["end"]["line"] + 1,
                r["end"]["character"], sev.get(d.get("severity"), "?"), d.get("source"),
                d.get("code"), d["message"]))
            if "codeDescription" in d:
                print("    href %s" % d["codeDescription"]["href"])
            for ri in d.get("relatedInformation", []):
                loc = ri["location"]
                print("    related %s:%d:%d: %s" % (self.rel(loc["uri"]), loc["range"]["start"]["line"] + 1,
                                                    loc["range"]["start"]["character"], ri["message"]))

    def apply_edits(self, uri, edits):
        full = path_of(uri)
        if full not in self.docs:
            with open(full, encoding="utf-8") as f:
                self.open_text(os.path.relpath(full, self.root), 1, f.read())
        doc = self.docs[full]
        text = doc[2]
        for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
            b = self.offset(text, e["range"]["start"])
            en = self.offset(text, e["range"]["end"])
            text = text[:b] + e["newText"] + text[en:]
        doc[1] += 1
        doc[2] = text
        self.notify("textDocument/didChange", {"textDocument": {"uri": doc[0], "version": doc[1]},
                                               "contentChanges": [{"text": text}]})
        return os.path.relpath(full, self.root), doc[1]

    def offset(self, text, pos):
        lines = text.split("\n")
        off = sum(len(l) + 1 for l in lines[:pos["line"]])
        line = lines[pos["line"]] if pos["line"] < len(lines) else ""
        units, i = 0, 0
        while i < len(line) and units < pos["character"]:
            ch = line[i]
            units += (2 if ord(ch) > 0xFFFF else 1) if self.utf16 else len(ch.encode())
            i += 1
        return off + i

    def wait_exit(self):
        try:
            rc = self.proc.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.fail("the server did not exit")
            self.proc.kill()
            return
        # Drain what is left, so stray output after the last message is seen.
        deadline = time.monotonic() + 2
        while self.pump(deadline):
            pass
        print("exit code %d" % rc)


def script_lines(path, tag):
    prefix = "LSP-%s:" % tag if tag else "LSP:"
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*(?:#|//|--|;)?\s*" + re.escape(prefix) + r"\s?(.*)$", line.rstrip("\n"))
            if m:
                out.append(m.group(1))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("script")
    ap.add_argument("--root", required=True)
    ap.add_argument("--tag")
    ap.add_argument("--timeout", type=float, default=30)
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("the server command goes after --")
    cut = argv.index("--")
    a = ap.parse_args(argv[:cut])
    server = argv[cut + 1:]
    c = Client(server, a.root, a.timeout)
    for line in script_lines(a.script, a.tag):
        words = line.split(" ")
        cmd, rest = words[0], words[1:]
        if cmd == "init":
            caps = json.loads(" ".join(rest)) if rest else {}
            r = c.request("initialize", {"processId": None, "rootUri": uri_of(c.root), "capabilities": caps})
            if r is None:
                c.fail("no initialize response")
                continue
            res = r.get("result", {})
            enc = res.get("capabilities", {}).get("positionEncoding", "utf-16")
            c.utf16 = enc == "utf-16"
            sync = res.get("capabilities", {}).get("textDocumentSync")
            print("initialized encoding=%s sync=%s codeActions=%s" % (
                enc, json.dumps(sync, sort_keys=True), json.dumps(res.get("capabilities", {}).get("codeActionProvider"), sort_keys=True)))
            c.notify("initialized", {})
        elif cmd == "open":
            with open(c.abspath(rest[0]), encoding="utf-8") as f:
                c.open_text(rest[0], int(rest[1]) if len(rest) > 1 else 1, f.read())
        elif cmd == "open-text":
            c.open_text(rest[0], int(rest[1]), json.loads(" ".join(rest[2:])))
        elif cmd == "change":
            full = c.abspath(rest[0])
            doc = c.docs[full]
            doc[1] = int(rest[1])
            l1, c1, l2, c2 = map(int, rest[2:6])
            l1, l2 = l1 - 1, l2 - 1  # written 1-based, as the diagnostics print
            new = json.loads(" ".join(rest[6:]))
            b = c.offset(doc[2], {"line": l1, "character": c1})
            e = c.offset(doc[2], {"line": l2, "character": c2})
            doc[2] = doc[2][:b] + new + doc[2][e:]
            c.notify("textDocument/didChange", {"textDocument": {"uri": doc[0], "version": doc[1]},
                                                "contentChanges": [{"range": {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}, "text": new}]})
        elif cmd == "replace":
            full = c.abspath(rest[0])
            doc = c.docs[full]
            doc[1] = int(rest[1])
            doc[2] = json.loads(" ".join(rest[2:]))
            c.notify("textDocument/didChange", {"textDocument": {"uri": doc[0], "version": doc[1]},
                                                "contentChanges": [{"text": doc[2]}]})
        elif cmd == "save":
            c.notify("textDocument/didSave", {"textDocument": {"uri": uri_of(c.abspath(rest[0]))}})
        elif cmd == "close":
            full = c.abspath(rest[0])
            c.docs.pop(full, None)
            c.notify("textDocument/didClose", {"textDocument": {"uri": uri_of(full)}})
        elif cmd == "write":
            with open(c.abspath(rest[0]), "w", encoding="utf-8") as f:
                f.write(json.loads(" ".join(rest[1:])))
        elif cmd == "watched":
            c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri_of(c.abspath(rest[1])), "type": int(rest[0])}]})
        elif cmd == "config-changed":
            c.notify("workspace/didChangeConfiguration", {"settings": {}})
        elif cmd == "diags":
            c.print_diags(rest[0], c.wait_diags(rest[0], int(rest[1]) if len(rest) > 1 else None))
        elif cmd == "diags-until":
            # diags-until PATH VERSION COUNT [SUBSTRING...]: the first publication
            # at VERSION or later with COUNT diagnostics whose text holds every
            # SUBSTRING (two servers publish in turn: the merged set settles).
            path, version, count, subs = rest[0], int(rest[1]), int(rest[2]), rest[3:]
            deadline = time.monotonic() + c.timeout
            found = None
            while found is None:
                got = c.wait_diags(path, version, ms=max(0, (deadline - time.monotonic()) * 1000))
                if got is None:
                    break
                text = json.dumps(got[1], ensure_ascii=False)
                printed = " ".join("%d:%d-%d:%d" % (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"],
                                                    d["range"]["end"]["line"] + 1, d["range"]["end"]["character"]) for d in got[1])
                if len(got[1]) == count and all(x in text or x in printed for x in subs):
                    found = got
            c.print_diags(path, found)
        elif cmd == "no-diags-within":
            got = c.wait_diags(rest[1], None, ms=int(rest[0]))
            if got is None:
                print("no diagnostics for %s" % rest[1])
            else:
                c.print_diags(rest[1], got)
        elif cmd == "actions" or cmd == "apply":
            full = c.abspath(rest[0])
            line = int(rest[1]) - 1
            r = c.request("textDocument/codeAction", {
                "textDocument": {"uri": uri_of(full)},
                "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
                "context": {"diagnostics": []}})
            acts = (r or {}).get("result") or []
            if cmd == "actions":
                print("actions %s:%s count=%d" % (rest[0], rest[1], len(acts)))
                for a_ in acts:
                    print("  %s%s: %s" % ("[preferred] " if a_.get("isPreferred") else "", a_.get("kind"), a_["title"]))
                    for uri, edits in a_.get("edit", {}).get("changes", {}).items():
                        for e in edits:
                            s, en = e["range"]["start"], e["range"]["end"]
                            if s == en:
                                print("    %s:%d:%d insert %s" % (c.rel(uri), s["line"] + 1, s["character"], json.dumps(e["newText"])))
                            else:
                                print("    %s:%d:%d-%d:%d replace with %s" % (c.rel(uri), s["line"] + 1, s["character"],
                                                                       en["line"] + 1, en["character"], json.dumps(e["newText"])))
            else:
                n = int(rest[2])
                if n >= len(acts):
                    c.fail("no action %d" % n)
                    continue
                for uri, edits in acts[n].get("edit", {}).get("changes", {}).items():
                    p, v = c.apply_edits(uri, edits)
                    print("applied to %s, now version %d" % (p, v))
        elif cmd == "text":
            print(c.docs[c.abspath(rest[0])][2], end="")
        elif cmd == "request":
            r = c.request(rest[0], json.loads(" ".join(rest[1:]) or "{}"))
            print("response %s" % json.dumps(r, sort_keys=True))
        elif cmd == "notify":
            c.notify(rest[0], json.loads(" ".join(rest[1:]) or "{}"))
        elif cmd == "send-raw":
            c.write(ast.literal_eval(" ".join(rest)))
        elif cmd == "send-body":
            body = ast.literal_eval(" ".join(rest))
            c.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        elif cmd == "send-big":
            size = int(rest[0]) << 20
            head = b'{"jsonrpc":"2.0","id":' + rest[1].encode() + b',"method":"textDocument/hover","params":{"pad":"'
            tail = b'"}}'
            c.write(b"Content-Length: %d\r\n\r\n" % size)
            pad = size - len(head) - len(tail)
            c.write(head)
            chunk = b"x" * (1 << 20)
            while pad > 0:
                c.write(chunk[:min(pad, len(chunk))])
                pad -= len(chunk)
            c.write(tail)
        elif cmd == "expect":
            want = json.loads(" ".join(rest))
            def matches(m, w):
                if isinstance(w, dict):
                    return isinstance(m, dict) and all(k in m and matches(m[k], v) for k, v in w.items())
                return m == w
            got = c.wait(lambda m: matches(m, want))
            if got is None:
                c.fail("no message like %s" % json.dumps(want))
            else:
                print("message %s" % json.dumps(got, sort_keys=True))
        elif cmd == "shutdown":
            r = c.request("shutdown", None)
            print("response %s" % json.dumps(r, sort_keys=True))
        elif cmd == "exit":
            c.notify("exit", None)
            c.wait_exit()
        elif cmd == "eof":
            c.proc.stdin.close()
            c.wait_exit()
        elif cmd == "sleep":
            time.sleep(int(rest[0]) / 1000.0)
        else:
            c.fail("unknown command %r" % cmd)
    if c.proc.poll() is None:
        try:
            c.proc.stdin.close()
        except OSError:
            pass
        try:
            c.proc.wait(timeout=c.timeout)
        except subprocess.TimeoutExpired:
            c.proc.kill()
    sys.stdout.flush()
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
