#!/usr/bin/env python3
"""Compares a SARIF log with its golden file. The log's rules array must list
the rules of rules/rules.yaml, in registry order. When the golden lists the
same rules, the two files must be byte-identical (as `diff -u`); when the
registry has rules the golden predates (scripts/add-rule.py appends them),
the log with those rules left out must equal the golden as JSON, so a new rule
does not need a regenerated golden file until it changes existing output.

Each rule's `help` (text and markdown) must be its page, docs/rules/ID.md, as
it is now; the help strings are then left out of the comparison, so editing a
rule page (as a new frontend does, to say what the rule finds there) does not
need a regenerated golden file.

Usage: diff-golden-sarif.py GOLDEN ACTUAL SOURCE_ROOT"""
import difflib
import json
import os
import re
import sys


def registry_ids(root):
    ids = []
    for line in open(os.path.join(root, "rules", "rules.yaml"), encoding="utf-8"):
        m = re.match(r"\s*-\s+id:\s*(\S+)", line)
        if m:
            ids.append(m.group(1))
    return ids


HELP = re.compile(r'("help": \{\n\s*"text": )"(?:[^"\\]|\\.)*"(,\n\s*"markdown": )"(?:[^"\\]|\\.)*"')


def without_help(text):
    return HELP.sub(r'\1""\2""', text)


def main(golden_path, actual_path, root):
    golden_text = open(golden_path, encoding="utf-8").read()
    actual_text = open(actual_path, encoding="utf-8").read()
    golden, actual = json.loads(golden_text), json.loads(actual_text)
    rules = actual["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    if ids != registry_ids(root):
        print(f"diff-golden-sarif: the log's rules {ids} are not the registry's {registry_ids(root)}")
        return 1
    for r in rules:
        page = open(os.path.join(root, "docs", "rules", r["id"] + ".md"), encoding="utf-8").read()
        if r.get("help") != {"text": page, "markdown": page}:
            print(f"diff-golden-sarif: the help of rule {r['id']} is not docs/rules/{r['id']}.md")
            return 1
    for log in (golden, actual):
        for r in log["runs"][0]["tool"]["driver"]["rules"]:
            r["help"] = {"text": "", "markdown": ""}
    golden_text, actual_text = without_help(golden_text), without_help(actual_text)
    if json.loads(golden_text) != golden or json.loads(actual_text) != actual:
        print("diff-golden-sarif: a help string is not where this script expects it")
        return 1
    known = [r["id"] for r in golden["runs"][0]["tool"]["driver"]["rules"]]
    if ids == known:
        if golden_text == actual_text:
            return 0
        a, b = golden_text.splitlines(True), actual_text.splitlines(True)
    else:
        if ids[:len(known)] != known:
            print(f"diff-golden-sarif: the golden's rules {known} are not the first rules of the log {ids}")
            return 1
        actual["runs"][0]["tool"]["driver"]["rules"] = rules[:len(known)]
        if actual == golden:
            return 0
        a = json.dumps(golden, indent=2, ensure_ascii=False).splitlines(True)
        b = json.dumps(actual, indent=2, ensure_ascii=False).splitlines(True)
    sys.stdout.writelines(difflib.unified_diff(a, b, golden_path, actual_path))
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
