#!/usr/bin/env python3
"""Writes seed inputs for fuzz-lsp into a directory: byte streams a client
could send (Content-Length framed JSON-RPC), from initialize through
document edits and code actions to shutdown and exit."""
import json
import os
import sys


def frame(messages):
    out = b""
    for m in messages:
        body = json.dumps(m).encode()
        out += b"Content-Length: %d\r\n\r\n" % len(body) + body
    return out


def init(utf8):
    caps = {"general": {"positionEncodings": ["utf-8", "utf-16"] if utf8 else ["utf-16"]},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}
    return [{"jsonrpc": "2.0", "id": 1, "method": "initialize",
             "params": {"rootUri": "file:///privlint-fuzz", "capabilities": caps}},
            {"jsonrpc": "2.0", "method": "initialized", "params": {}}]


def session(uri, text, edits, utf8):
    msgs = init(utf8)
    msgs.append({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "sql", "version": 1,
                                             "text": text}}})
    for n, (line, char, new) in enumerate(edits, start=2):
        msgs.append({"jsonrpc": "2.0", "method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": n},
                                "contentChanges": [{"range": {
                                    "start": {"line": line, "character": char},
                                    "end": {"line": line, "character": char}}, "text": new}]}})
    msgs.append({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                 "params": {"textDocument": {"uri": uri},
                            "range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 3, "character": 0}},
                            "context": {"diagnostics": []}}})
    msgs.append({"jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles",
                 "params": {"changes": [{"uri": "file:///privlint-fuzz/.privlint.yaml", "type": 2}]}})
    msgs.append({"jsonrpc": "2.0", "method": "textDocument/didSave",
                 "params": {"textDocument": {"uri": uri}}})
    msgs.append({"jsonrpc": "2.0", "method": "textDocument/didClose",
                 "params": {"textDocument": {"uri": uri}}})
    msgs.append({"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
    msgs.append({"jsonrpc": "2.0", "method": "exit"})
    return frame(msgs)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    seeds = {
        "sql-utf16": session("file:///privlint-fuzz/a.sql", "create table t (id int);\n",
                             [(0, 22, ", email text"), (0, 34, ", phone text")], False),
        "sql-utf8": session("file:///privlint-fuzz/b%20c.sql", "create table \u00e9t\u00e9 (id int);\n",
                            [(0, 25, ", email text")], True),
        "django": session("file:///privlint-fuzz/app/models.py",
                          "from django.db import models\n\nclass User(models.Model):\n    pass\n",
                          [(3, 4, "email = models.EmailField()")], False),
        "envelope": frame([{"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction",
                            "params": {}},
                           {"jsonrpc": "2.0", "id": [1], "method": "x"},
                           {"jsonrpc": "2.0", "method": 5}, {"result": None, "id": "privlint-1"}])
        + b"Content-Length: 3\r\n\r\n[1]Content-Type: x\r\n\r\n",
    }
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
