#!/usr/bin/env python3
"""Prints, one per line and sorted, the findings of a privlint JSON report
that touch FILE (at their location or a related one), with paths written
without a leading "./", so a run over one file and a run over its whole
project can be compared with diff. The last line counts them.

Usage: findings-for-file.py REPORT.json FILE
"""
import json
import sys


def norm(p):
    return p[2:] if p.startswith("./") else p


def main():
    report, path = sys.argv[1], norm(sys.argv[2])
    with open(report) as f:
        doc = json.load(f)
    out = []
    for x in doc["findings"]:
        x["file"] = norm(x["file"])
        for r in x.get("related", []):
            r["file"] = norm(r["file"])
        if x["file"] == path or any(r["file"] == path for r in x.get("related", [])):
            out.append(json.dumps(x, sort_keys=True))
    for line in sorted(out):
        print(line)
    print("%d findings touch %s" % (len(out), path))


if __name__ == "__main__":
    main()
