#!/usr/bin/env python3
"""Adds a rule to privlint: every place a rule needs, from its id (as
clang-tidy's add_new_check.py and ruff's add_rule.py do).

Usage: scripts/add-rule.py NAME --summary "A sentence." [--severity warning]
                           [--categories user.contact,...] [--clang-tidy]
                           [--root DIR]

NAME is the rule id, kebab-case, read as the bad pattern
(plaintext-contact-field, not encrypt-contact-field). Writes:

  rules/<CamelName>.cpp         check<CamelName>(RuleContext &): a skeleton
                                that compiles and reports nothing yet
  rules/rules.yaml              the registry entry (the only list of rules)
  docs/rules/<NAME>.md          the page with its six headings
  test/rules/<NAME>.sql         the annotated lit test
  README.md                     a row of the rules table
  schemas/config-v1.json        the rules.<NAME> key of .privlint.yaml
  docs/frontends/cxx.md         with --clang-tidy: the check privlint-<NAME>

Then build, fill in the TODOs, and run the suite; docs/adding-a-rule.md
describes each file. Nothing is written when any file is missing or already
names the rule."""
import argparse
import json
import os
import re
import sys

KEBAB = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def camel(rule_id):
    return "".join(p[:1].upper() + p[1:] for p in rule_id.split("-"))


def plain(summary):
    """The summary as a table cell or schema description: no final period."""
    return summary[:-1] if summary.endswith(".") else summary


def source(rid, name, summary):
    return f"""// {rid}: {summary}
// TODO(add-rule.py): say which fields or exposures the rule finds, and why
// in one or two lines; the doc page is docs/rules/{rid}.md.
#include "Engine/RuleRegistry.h"

namespace privlint {{

void check{name}(RuleContext &Ctx) {{
  for (const auto &E : Ctx.model().Entities) {{
    for (const auto &F : E.Fields) {{
      const CategoryMatch *C = Ctx.categoryOf(F);
      // TODO(add-rule.py): the bad pattern. The skeleton matches nothing.
      bool Matches = false;
      if (!C || !Matches)
        continue;
      // TODO(add-rule.py): the message names the entity and field in quotes,
      // lower-case, no trailing period.
      std::string Message = "field '" + E.QualifiedName + "." + F.Name + "' ...";
      Ctx.report(F.Range, std::move(Message), E, F, *C);
    }}
  }}
}}

}} // namespace privlint
"""


def yaml_scalar(s):
    """s as a YAML scalar: plain when YAML reads it back unchanged, else
    double-quoted (a JSON string is a valid YAML double-quoted scalar)."""
    if ": " in s or " #" in s or s[:1] in "'\"[]{},&*!|>%@`#-?:" or s != s.strip():
        return json.dumps(s, ensure_ascii=False)
    return s


def registry_entry(rid, summary, severity, categories, clang_tidy):
    entry = (f"  - id: {rid}\n"
             f"    summary: {yaml_scalar(summary)}\n"
             f"    severity: {severity}\n"
             f"    categories: [{', '.join(categories)}]\n"
             f"    security_severity: \"5.0\"\n")
    if clang_tidy:
        entry += "    clang_tidy: true\n"
    return entry


def page(rid, summary, severity, categories):
    cats = f"\n    categories: [{', '.join(categories)}]   # category ids or prefixes" if categories else ""
    return f"""# {rid}

{summary}

## What it finds

TODO(add-rule.py): the fields, statements or exposures this rule reports, and
the ones it deliberately does not.

## Why it matters

TODO(add-rule.py): the harm, in one or two paragraphs.

## Example

```sql
-- TODO(add-rule.py): a minimal input that triggers the rule
```

```text
TODO(add-rule.py): the diagnostic privlint prints for it [{rid}]
```

## How to fix

TODO(add-rule.py): the change that makes the finding go away, and the
suppression for the cases where it is intended:
`-- privlint-ignore {rid}: reason`.

## Options

```yaml
version: 1
rules:
  {rid}:
    severity: {severity}   # off | note | warning | error{cats}
```

## References

- TODO(add-rule.py): standards, CWE entries, incidents
"""


def lit_test(rid, summary):
    return f"""-- {rid}: {summary}
-- docs/rules/{rid}.md. Written by scripts/add-rule.py: replace the input
-- below with positive and negative cases side by side, and match every
-- diagnostic with a CHECK line ([[@LINE-1]] for the line above).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint check %t/input.sql 2>&1 | %check-all --allow-empty %s
-- RUN: %privlint explain {rid} | FileCheck --check-prefix=EXPLAIN %s
-- EXPLAIN: # {rid}

create table public.example (id bigint primary key, nickname text);

-- The skeleton reports nothing yet.
-- CHECK-NOT: [{rid}]
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    ap.add_argument("name", help="rule id, kebab-case")
    ap.add_argument("--summary", required=True, help="one sentence, capitalised, ending in a period")
    ap.add_argument("--severity", default="warning", choices=["note", "warning", "error"])
    ap.add_argument("--categories", default="", help="comma-separated category ids (rules/taxonomy.yaml)")
    ap.add_argument("--clang-tidy", action="store_true", help="register the clang-tidy check privlint-NAME")
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                    help="source tree (default: this checkout)")
    a = ap.parse_args()

    rid, root = a.name, a.root
    summary = a.summary.strip()
    categories = [c.strip() for c in a.categories.split(",") if c.strip()]
    problems = []
    if not KEBAB.match(rid):
        problems.append(f"rule id '{rid}' is not kebab-case (lower-case words joined by '-')")
    if not summary or not summary[0].isupper() or not summary.endswith(".") or "\n" in summary:
        problems.append("--summary must be one sentence, capitalised, ending in a period")
    name = camel(rid)
    path = lambda *p: os.path.join(root, *p)
    targets = {"source": path("rules", name + ".cpp"), "page": path("docs", "rules", rid + ".md"),
               "test": path("test", "rules", rid + ".sql")}
    for what, p in targets.items():
        if os.path.exists(p):
            problems.append(f"{os.path.relpath(p, root)} exists already")
    files = {"registry": path("rules", "rules.yaml"), "readme": path("README.md"),
             "schema": path("schemas", "config-v1.json")}
    if a.clang_tidy:
        files["cxx"] = path("docs", "frontends", "cxx.md")
    text = {}
    for what, p in files.items():
        try:
            text[what] = open(p, encoding="utf-8").read()
        except OSError as e:
            problems.append(f"cannot read {p}: {e.strerror}")
    if "registry" in text and re.search(r"^\s*-\s+id:\s*" + re.escape(rid) + r"\s*$", text["registry"], re.M):
        problems.append(f"rules/rules.yaml has a rule '{rid}' already")
    if problems:
        for p in problems:
            print(f"add-rule.py: error: {p}", file=sys.stderr)
        return 1

    # The edits, all prepared before anything is written.
    out = {}
    reg = text["registry"]
    out[files["registry"]] = reg + ("" if reg.endswith("\n") else "\n") + \
        registry_entry(rid, summary, a.severity, categories, a.clang_tidy)

    lines = text["readme"].split("\n")
    rows = [i for i, l in enumerate(lines) if l.startswith("| [`") and "](docs/rules/" in l]
    if not rows:
        print("add-rule.py: error: README.md has no rules table", file=sys.stderr)
        return 1
    cell = plain(summary)
    cell = cell[:1].lower() + cell[1:]
    lines.insert(rows[-1] + 1, f"| [`{rid}`](docs/rules/{rid}.md) | {a.severity} | {cell} |")
    out[files["readme"]] = "\n".join(lines)

    schema = json.loads(text["schema"])
    schema["properties"]["rules"]["properties"][rid] = {
        "description": f"{plain(summary)} (default severity {a.severity}).",
        "$ref": "#/$defs/rule"}
    out[files["schema"]] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"

    if a.clang_tidy:
        lines = text["cxx"].split("\n")
        checks = [i for i, l in enumerate(lines) if l.startswith("- `privlint-")]
        if not checks:
            print("add-rule.py: error: docs/frontends/cxx.md has no clang-tidy check list", file=sys.stderr)
            return 1
        lines.insert(checks[-1] + 1, f"- `privlint-{rid}`")
        out[files["cxx"]] = "\n".join(lines)

    out[targets["source"]] = source(rid, name, summary)
    out[targets["page"]] = page(rid, summary, a.severity, categories)
    out[targets["test"]] = lit_test(rid, summary)
    for p, t in out.items():
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(t)
        print(f"add-rule.py: wrote {os.path.relpath(p, root)}")
    print(f"add-rule.py: next, fill in the TODOs of rules/{name}.cpp, docs/rules/{rid}.md and "
          f"test/rules/{rid}.sql, then build and run the suite (docs/adding-a-rule.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
