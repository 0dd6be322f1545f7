#!/usr/bin/env python3
"""Re-lint latency of `privlint lsp` after an edit, as an editor sees it: the
time from sending textDocument/didChange to receiving the new
textDocument/publishDiagnostics (with --debounce 0, so the figure is the
server's own work plus the protocol).

usage: lsp_latency.py PRIVLINT ROOT EDITED [MEASURED] [--edits N] [-- LSP_ARGS...]

EDITED is opened and edited N times (a comment line appended, then removed,
alternately: the findings stay the same); MEASURED (default EDITED) is the
document whose re-published diagnostics are timed, e.g. db/schema.rb after
an edit to a Rails model. Both are relative to ROOT, which is never written.
Prints the median, minimum and maximum in milliseconds.
"""

import argparse
import importlib.util
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "lsp_client", os.path.join(HERE, "..", "test", "tools", "lsp-client.py"))
lsp_client = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lsp_client)

COMMENT = {".sql": "--", ".rb": "#", ".py": "#", ".prisma": "//", ".ts": "//", ".java": "//",
           ".h": "//", ".hpp": "//", ".cpp": "//", ".cc": "//"}


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument("privlint")
    ap.add_argument("root")
    ap.add_argument("edited")
    ap.add_argument("measured", nargs="?")
    ap.add_argument("--edits", type=int, default=20)
    a = ap.parse_args(argv)
    measured = a.measured or a.edited
    c = lsp_client.Client([a.privlint, "lsp", "--debounce", "0"] + extra, a.root, 120)
    r = c.request("initialize", {"processId": None, "rootUri": lsp_client.uri_of(a.root),
                                 "capabilities": {}})
    assert r is not None, "no initialize response"
    c.notify("initialized", {})
    files = [a.edited] + ([measured] if measured != a.edited else [])
    for f in reversed(files):
        with open(os.path.join(a.root, f), encoding="utf-8") as fh:
            c.open_text(f, 1, fh.read())
    t0 = time.monotonic()
    for f in files:
        got = c.wait_diags(f)
        assert got is not None, "no first diagnostics for " + f
    first = (time.monotonic() - t0) * 1000
    count = len(got[1])
    doc = c.docs[c.abspath(a.edited)]
    original = doc[2]
    comment = COMMENT.get(os.path.splitext(a.edited)[1], "#")
    lines = original.count("\n")
    times = []
    for i in range(a.edits):
        doc[1] += 1
        if i % 2 == 0:
            change = {"range": {"start": {"line": lines, "character": 0},
                                "end": {"line": lines, "character": 0}},
                      "text": comment + " edited\n"}
        else:
            change = {"range": {"start": {"line": lines, "character": 0},
                                "end": {"line": lines + 1, "character": 0}},
                      "text": ""}
        # Publications still on their way (of the previous edit) do not count.
        drain = time.monotonic() + 0.05
        while c.pump(drain):
            pass
        c.diags.clear()
        start = time.monotonic()
        c.notify("textDocument/didChange", {"textDocument": {"uri": doc[0], "version": doc[1]},
                                            "contentChanges": [change]})
        got = c.wait_diags(measured, doc[1] if measured == a.edited else None)
        assert got is not None, "no diagnostics after edit %d" % i
        times.append((time.monotonic() - start) * 1000)
    c.request("shutdown", None)
    c.notify("exit", None)
    c.proc.wait(timeout=30)
    print("%s (%d lines, %d diagnostics on %s): first lint %.0f ms; after an edit: "
          "median %.1f ms, min %.1f ms, max %.1f ms over %d edits" % (
              a.edited, lines, count, measured, first, statistics.median(times), min(times),
              max(times), len(times)))


if __name__ == "__main__":
    main()
