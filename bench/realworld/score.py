#!/usr/bin/env python3
"""Precision and recall of privlint's contact rules on real projects.

The labels (labels/*.yaml, made blind: see LABELLING.md) say, for every field
of every entity that could hold contact data in each repository of
manifest.yaml, what it holds, whose it is and how it is stored. This script
runs privlint on checkouts of those repositories at the pinned commits, as
their maintainers would in CI (`privlint check --format json <paths>` from the
repository root), and compares.

Scoring unit: one finding per (rule, entity, field[, exposing object]).
  plaintext-contact-field      expected for a person's email, phone or street
                               address stored in plaintext;
  contact-exposed-without-auth expected for each labelled exposure of such a
                               field.
A finding on a field the labels do not list counts as a false positive (and is
listed, so a missing label can be spotted). parse-error findings are counted
on their own: on these valid files they must be zero.

Usage:
  score.py --checkouts DIR [--privlint BIN] [--repo owner/name ...] [--verbose]
DIR holds one checkout per repository, named owner__name, at the manifest's
commit, e.g. `git clone https://github.com/owner/name DIR/owner__name &&
git -C DIR/owner__name checkout COMMIT`. Nothing here is run in CI (it needs
the checkouts); the checkouts are never committed.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTACT = {"email", "phone", "street_address"}


def load_yaml(path):
    try:
        import yaml  # PyYAML (Debian python3-yaml)
    except ImportError:
        sys.exit("score.py needs PyYAML (apt-get install python3-yaml)")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def norm_entity(name):
    """The last component of a qualified name, lower case, without quotes."""
    name = (name or "").replace('"', "").replace("`", "")
    name = re.split(r"::|\.", name)[-1]
    return name.lower()


def entity_keys(label):
    keys = {norm_entity(label.get("entity")), norm_entity(label.get("table"))}
    keys.discard("")
    return keys


def run_privlint(binary, root, paths):
    cmd = [binary, "check", "--format", "json", "-j", "2"] + paths
    p = subprocess.run(cmd, cwd=root, capture_output=True, text=True, errors="replace")
    try:
        out = json.loads(p.stdout)
    except json.JSONDecodeError:
        sys.stderr.write(f"privlint gave no JSON in {root} (exit {p.returncode}):\n{p.stderr[:2000]}\n")
        return [], [f"no JSON output (exit {p.returncode})"]
    errors = [e.get("message", str(e)) if isinstance(e, dict) else str(e) for e in out.get("errors", [])]
    return out.get("findings", []), errors


def score_repo(binary, checkout, labels):
    fields = labels.get("fields") or []
    exposures = labels.get("exposures") or []
    by_key = {}
    for lab in fields:
        for ek in entity_keys(lab):
            by_key[(ek, lab["field"].lower())] = lab
    expected = {}
    for lab in fields:
        if lab.get("holds") in CONTACT and lab.get("subject") == "person" and lab.get("stored", "plaintext") == "plaintext":
            expected[("plaintext-contact-field", norm_entity(lab.get("table") or lab["entity"]), lab["field"].lower())] = lab
    for x in exposures:
        # The rule is about a person's email, phone or street address: an
        # exposure of a field labelled otherwise (a URL, an organisation's
        # address) is recorded in the labels but not expected.
        lab = by_key.get((norm_entity(x["entity"]), x["field"].lower()))
        if lab and not (lab.get("holds") in CONTACT and lab.get("subject") == "person"):
            continue
        expected[("contact-exposed-without-auth", norm_entity(x["entity"]), x["field"].lower())] = x

    findings, errors = run_privlint(binary, checkout, labels.get("paths") or ["."])
    got = {}
    parse_errors = []
    for f in findings:
        rule = f.get("rule")
        if rule == "parse-error":
            parse_errors.append(f"{f.get('file')}:{f.get('line')}: {f.get('message')}")
            continue
        if rule not in ("plaintext-contact-field", "contact-exposed-without-auth"):
            continue
        ent, fld = norm_entity(f.get("entity")), (f.get("field") or "").lower()
        col = (f.get("column_name") or "").lower()
        lab = by_key.get((ent, fld)) or (col and by_key.get((ent, col)))
        # One finding per (rule, entity, field); match on the label's table name too.
        key_ent = norm_entity((lab.get("table") or lab["entity"])) if lab else ent
        key = (rule, key_ent, (lab["field"].lower() if lab else fld))
        got.setdefault(key, (f, lab))

    tp = sorted(k for k in got if k in expected)
    fp = sorted(k for k in got if k not in expected)
    fn = sorted(k for k in expected if k not in got)
    return {"tp": tp, "fp": fp, "fn": fn, "got": got, "expected": expected,
            "parse_errors": parse_errors, "errors": errors}


def ratio(a, b):
    return a / b if b else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkouts", required=True)
    ap.add_argument("--privlint", default=os.path.join(HERE, "..", "..", "build", "bin", "privlint"))
    ap.add_argument("--repo", action="append", default=[])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.privlint)
    manifest = load_yaml(os.path.join(HERE, "manifest.yaml"))
    totals = {"tp": 0, "fp": 0, "fn": 0, "parse_errors": 0}
    print(f"{'repository':40} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7} {'parse-err':>9}")
    for entry in manifest["repos"]:
        repo = entry["repo"]
        if args.repo and repo not in args.repo:
            continue
        name = repo.replace("/", "__")
        checkout = os.path.join(args.checkouts, name)
        labels = load_yaml(os.path.join(HERE, "labels", name + ".yaml"))
        if not os.path.isdir(checkout):
            print(f"{repo:40} (no checkout at {checkout})")
            continue
        r = score_repo(binary, checkout, labels)
        tp, fp, fn = len(r["tp"]), len(r["fp"]), len(r["fn"])
        totals["tp"] += tp
        totals["fp"] += fp
        totals["fn"] += fn
        totals["parse_errors"] += len(r["parse_errors"])
        print(f"{repo:40} {tp:4} {fp:4} {fn:4} {ratio(tp, tp + fp):9.3f} {ratio(tp, tp + fn):7.3f} {len(r['parse_errors']):9}")
        if args.verbose:
            for k in r["fp"]:
                f, lab = r["got"][k]
                why = f"labelled holds={lab.get('holds')} subject={lab.get('subject')} stored={lab.get('stored')}" if lab else "not labelled"
                print(f"    FP {k[0]} {f.get('entity')}.{f.get('field')} ({f.get('file')}:{f.get('line')}): {why}")
            for k in r["fn"]:
                lab = r["expected"][k]
                print(f"    FN {k[0]} {lab.get('entity')}.{lab.get('field')} ({lab.get('file')}:{lab.get('line')}) holds={lab.get('holds')}")
            for p in r["parse_errors"]:
                print(f"    parse-error {p}")
            for e in r["errors"]:
                print(f"    error {e}")
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    print(f"{'overall':40} {tp:4} {fp:4} {fn:4} {ratio(tp, tp + fp):9.3f} {ratio(tp, tp + fn):7.3f} {totals['parse_errors']:9}")


if __name__ == "__main__":
    main()
