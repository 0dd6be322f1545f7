#!/usr/bin/env python3
"""Checks every place that names a rule against rules/rules.yaml, the only
list of rules (STYLE.md, "one rule, four places"):

  rules/<CamelId>.cpp      defines `void check<CamelId>(RuleContext &`
  docs/rules/<id>.md       first line '# <id>', the summary, the six headings
  test/rules/<id>.<ext>    an annotated lit test: RUN lines, a CHECK line
                           naming '[<id>]'
  README.md                the rules table: one row per rule, in order, with
                           its page and default severity
  schemas/config-v1.json   rules.<id> keys, in order, each description ending
                           in '(default severity <severity>).'
  docs/frontends/cxx.md    the clang-tidy check list: privlint-<id> for the
                           rules marked clang_tidy, in order

and that nothing names a rule the registry does not have (a page, a source,
a test, a row, a key). Prints every problem; exits 1 on any.

Usage: check-rules.py SOURCE_ROOT
       check-rules.py --ids SOURCE_ROOT           (prints the rule ids, in
                                                   registry order)
       check-rules.py --tidy-checks SOURCE_ROOT   (prints the clang-tidy
                                                   check names, sorted)"""
import json
import os
import re
import sys

HEADINGS = ["## What it finds", "## Why it matters", "## Example", "## How to fix",
            "## Options", "## References"]
TEST_SUFFIXES = (".sql", ".test", ".prisma", ".rb", ".py", ".ts", ".java", ".cpp")
KEBAB = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def camel(rule_id):
    return "".join(p[:1].upper() + p[1:] for p in rule_id.split("-"))


def rules_from_registry(path):
    # rules.yaml is simple enough to read without a YAML library: "- id:" items
    # followed by "key: value" lines (PyYAML is not everywhere lit runs).
    rules, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*-\s+id:\s*(\S+)", line)
        if m:
            cur = {"id": m.group(1)}
            rules.append(cur)
            continue
        m = re.match(r"\s+(\w+):\s*(.+?)\s*$", line)
        if m and cur is not None:
            value = m.group(2)
            if value.startswith('"'):
                value = json.loads(value)  # add-rule.py quotes as JSON does
            cur[m.group(1)] = value
    return rules


def read(path):
    try:
        return open(path, encoding="utf-8").read()
    except OSError:
        return None


def section(text, heading):
    """The lines of a Markdown section, up to the next heading of its level or above."""
    lines = text.split("\n")
    if heading not in lines:
        return None
    level = len(heading.split(" ")[0])
    out = []
    for line in lines[lines.index(heading) + 1:]:
        m = re.match(r"(#+) ", line)
        if m and len(m.group(1)) <= level:
            break
        out.append(line)
    return out


def check_source(root, r, problems):
    rid, name = r["id"], camel(r["id"])
    src = read(os.path.join(root, "rules", name + ".cpp"))
    if src is None:
        problems.append(f"{rid}: rule source rules/{name}.cpp is missing")
    elif not re.search(r"\bvoid\s+check" + name + r"\s*\(\s*RuleContext\s*&", src):
        problems.append(f"{rid}: rules/{name}.cpp does not define 'void check{name}(RuleContext &)'")


def check_page(root, r, problems):
    rid = r["id"]
    doc = os.path.join(root, "docs", "rules", rid + ".md")
    text = read(doc)
    if text is None:
        problems.append(f"{rid}: documentation page docs/rules/{rid}.md is missing")
        return
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
    for l in lines:
        if l.startswith("## ") and l not in HEADINGS:
            problems.append(f"{doc}: unexpected heading '{l}'")


def check_tests(root, r, problems):
    rid = r["id"]
    d = os.path.join(root, "test", "rules")
    names = sorted(n for n in os.listdir(d) if n.startswith(rid + ".")) if os.path.isdir(d) else []
    names = [n for n in names if "." not in n[len(rid) + 1:] and n.endswith(TEST_SUFFIXES)]
    if not names:
        problems.append(f"{rid}: no lit test test/rules/{rid}.<ext> ({', '.join(TEST_SUFFIXES)})")
        return
    for n in names:
        text = read(os.path.join(d, n)) or ""
        if "RUN:" not in text:
            problems.append(f"test/rules/{n}: no RUN line")
        if not re.search(r"^\W*[A-Z][A-Z0-9-]*(-NOT|-NEXT|-DAG|-SAME)?:.*\[" + re.escape(rid) + r"\]",
                         text, re.M):
            problems.append(f"test/rules/{n}: no CHECK line names a '[{rid}]' diagnostic")


def check_orphans(root, ids, problems):
    names = {camel(i) for i in ids}
    for n in sorted(os.listdir(os.path.join(root, "rules"))):
        if n.endswith(".cpp") and n[:-4] not in names:
            problems.append(f"rules/{n}: no rule in rules/rules.yaml has this source")
    pages = os.path.join(root, "docs", "rules")
    for n in sorted(os.listdir(pages)) if os.path.isdir(pages) else []:
        if n.endswith(".md") and n[:-3] not in ids:
            problems.append(f"docs/rules/{n}: no rule in rules/rules.yaml has this page")
    tests = os.path.join(root, "test", "rules")
    for n in sorted(os.listdir(tests)) if os.path.isdir(tests) else []:
        if n.endswith(TEST_SUFFIXES) and n.split(".")[0] not in ids:
            problems.append(f"test/rules/{n}: no rule in rules/rules.yaml has this test")


def check_readme(root, rules, problems):
    text = read(os.path.join(root, "README.md"))
    if text is None:
        problems.append("README.md is missing")
        return
    rows = [l for l in (section(text, "## Rules") or []) if l.startswith("| [`")]
    want = [(r["id"], r.get("severity", "")) for r in rules]
    got = []
    for l in rows:
        m = re.match(r"\| \[`([^`]+)`\]\(docs/rules/([^)]+)\.md\) \| (\w+) \| .+ \|$", l)
        if not m or m.group(1) != m.group(2):
            problems.append(f"README.md: malformed rule row {l!r} (| [`id`](docs/rules/id.md) | severity | what it finds |)")
            continue
        got.append((m.group(1), m.group(3)))
    if got != want:
        problems.append(f"README.md: the rules table lists {got} but rules/rules.yaml has {want}")


def check_schema(root, rules, problems):
    text = read(os.path.join(root, "schemas", "config-v1.json"))
    if text is None:
        problems.append("schemas/config-v1.json is missing")
        return
    props = json.loads(text)["properties"]["rules"]["properties"]
    got, want = list(props), [r["id"] for r in rules]
    if got != want:
        problems.append(f"schemas/config-v1.json: rules keys {got} but rules/rules.yaml has {want}")
    for r in rules:
        p = props.get(r["id"])
        if p is None:
            continue
        if not p.get("description", "").endswith(f"(default severity {r.get('severity')}).") or \
                p.get("$ref") != "#/$defs/rule":
            problems.append(f"schemas/config-v1.json: rules.{r['id']} needs \"$ref\": \"#/$defs/rule\" and a "
                            f"description ending in '(default severity {r.get('severity')}).'")


def tidy_checks(rules):
    return ["privlint-" + r["id"] for r in rules if r.get("clang_tidy") == "true"]


def check_tidy_list(root, rules, problems):
    text = read(os.path.join(root, "docs", "frontends", "cxx.md"))
    if text is None:
        problems.append("docs/frontends/cxx.md is missing")
        return
    lines = section(text, "## Rule names") or []
    got = [m.group(1) for m in (re.match(r"- `(privlint-[^`]+)`", l) for l in lines) if m]
    if got != tidy_checks(rules):
        problems.append(f"docs/frontends/cxx.md: the clang-tidy check list (## Rule names) is {got} "
                        f"but the rules marked clang_tidy in rules/rules.yaml give {tidy_checks(rules)}")


def main(argv):
    if len(argv) == 3 and argv[1] == "--ids":
        for r in rules_from_registry(os.path.join(argv[2], "rules", "rules.yaml")):
            print(r["id"])
        return 0
    if len(argv) == 3 and argv[1] == "--tidy-checks":
        for c in sorted(tidy_checks(rules_from_registry(os.path.join(argv[2], "rules", "rules.yaml")))):
            print(c)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    problems = []
    rules = rules_from_registry(os.path.join(root, "rules", "rules.yaml"))
    if not rules:
        problems.append("rules/rules.yaml lists no rules")
    ids = [r["id"] for r in rules]
    for r in rules:
        rid = r["id"]
        if not KEBAB.match(rid):
            problems.append(f"{rid}: the id is not kebab-case")
        if ids.count(rid) > 1:
            problems.append(f"{rid}: listed more than once in rules/rules.yaml")
        check_source(root, r, problems)
        check_page(root, r, problems)
        check_tests(root, r, problems)
    check_orphans(root, set(ids), problems)
    check_readme(root, rules, problems)
    check_schema(root, rules, problems)
    check_tidy_list(root, rules, problems)
    for p in dict.fromkeys(problems):
        print("check-rules: " + p)
    if problems:
        return 1
    print(f"check-rules: {len(rules)} rules, each with source, page and test, "
          "and the README, the config schema and the clang-tidy list agree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
