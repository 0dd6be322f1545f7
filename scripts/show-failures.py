#!/usr/bin/env python3
"""Prints what each failed test of a lit run printed (lit --output JSON files),
safe for any log reader: bytes that are not printable ASCII (besides newline
and tab) are shown as \\xNN, and each test's output is cut to its last lines.

Usage: show-failures.py RESULTS.json... [--lines N]   (default N: 120)"""
import json
import sys

FAILED = ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT")


def printable(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\n\t" or 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        else:
            out.append("\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
    return "".join(out)


def main(argv):
    lines = 120
    paths = []
    i = 0
    while i < len(argv):
        if argv[i] == "--lines" and i + 1 < len(argv):
            lines = int(argv[i + 1])
            i += 2
            continue
        paths.append(argv[i])
        i += 1
    for path in paths:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            print("show-failures: cannot read %s: %s" % (path, e))
            continue
        for t in data.get("tests", []):
            if t.get("code") not in FAILED:
                continue
            out = (t.get("output") or "").splitlines()
            cut = len(out) - lines
            print("=" * 20, "%s: %s" % (t.get("code"), t.get("name")), "=" * 20)
            if cut > 0:
                print("[... %d earlier lines ...]" % cut)
                out = out[cut:]
            for line in out:
                print(printable(line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
