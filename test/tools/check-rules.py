#!/usr/bin/env python3
"""Checks that every rule in rules/rules.yaml has its four places (STYLE.md):
a registry entry, a condition source, a documentation page with the fixed
headings whose first sentence repeats the registry summary, and lit tests
that match one of its diagnostics. Prints every problem; exits 1 on any.

Usage: check-rules.py SOURCE_ROOT"""
import os
import re
import sys

HEADINGS = ["## What it finds", "## Why it matters", "## Example", "## How to fix",
            "## Options", "## References"]


def rules_from_registry(path):
    # rules.yaml is simple enough to read without a YAML library: "- id:" items
    # followed by "key: value" lines.
    rules, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*-\s+id:\s*(\S+)", line)
        if m:
            cur = {"id": m.group(1)}
            rules.append(cur)
            continue
        m = re.match(r"\s+(summary|condition):\s*(.+?)\s*$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return rules


def main():
    root = sys.argv[1]
    problems = []
    rules = rules_from_registry(os.path.join(root, "rules", "rules.yaml"))
    if not rules:
        problems.append("rules/rules.yaml lists no rules")
    conditions = open(os.path.join(root, "rules", "Conditions.cpp"), encoding="utf-8").read()
    engine = "".join(open(os.path.join(root, "lib", "Engine", n), encoding="utf-8").read() for n in os.listdir(os.path.join(root, "lib", "Engine")) if n.endswith(".cpp"))
    tests = []
    for dirpath, _, files in os.walk(os.path.join(root, "test")):
        for f in files:
            if f.endswith((".sql", ".test", ".prisma", ".rb", ".py", ".ts", ".cpp", ".h")):
                try:
                    tests.append(open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read())
                except OSError:
                    pass
    for r in rules:
        rid = r["id"]
        cond = r.get("condition", "")
        if not cond:
            problems.append(f"{rid}: no condition in rules/rules.yaml")
        elif cond.startswith("engine_"):
            if f'"{rid}"' not in engine:
                problems.append(f"{rid}: condition {cond} is not implemented in lib/Engine/")
        elif f'"{cond}"' not in conditions:
            problems.append(f"{rid}: condition '{cond}' is not registered in rules/Conditions.cpp")
        doc = os.path.join(root, "docs", "rules", rid + ".md")
        if not os.path.exists(doc):
            problems.append(f"{rid}: documentation page docs/rules/{rid}.md is missing")
        else:
            text = open(doc, encoding="utf-8").read()
            lines = text.split("\n")
            if lines[0] != f"# {rid}":
                problems.append(f"{doc}: first line must be '# {rid}'")
            first = next((l for l in lines[1:] if l.strip()), "")
            if first.strip() != r.get("summary", "").strip():
                problems.append(f"{doc}: first sentence does not repeat the registry summary "
                                f"({first.strip()!r} vs {r.get('summary')!r})")
            pos = 0
            for h in HEADINGS:
                at = text.find("\n" + h + "\n", pos)
                if at < 0:
                    problems.append(f"{doc}: heading '{h}' missing or out of order")
                else:
                    pos = at + 1
            extra = [l for l in lines if l.startswith("## ") and l not in HEADINGS]
            for l in extra:
                problems.append(f"{doc}: unexpected heading '{l}'")
        if not any(f"[{rid}]" in t for t in tests):
            problems.append(f"{rid}: no lit test matches a '[{rid}]' diagnostic")
    for p in problems:
        print("check-rules: " + p)
    if problems:
        return 1
    print(f"check-rules: {len(rules)} rules, each with registry entry, condition, page and tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
