#!/usr/bin/env python3
"""Score privlint's contact-data classifier against a labelled set.

usage: score-classifier.py LABELS_DIR CORPUS_DIR PRIVLINT
           [--min-recall X] [--min-precision Y] [--gate email,phone,address]
           [--quiet]

LABELS_DIR holds one YAML file per labelled input (*.yaml, searched
recursively):

    corpus: pagila/pagila-schema.sql     # a file under CORPUS_DIR, or
    input: ../Inputs/ecommerce.sql       # a file relative to the labels file
    fields:
      public.customer.email: user.contact.email
      public.customer.address_id: none   # a look-alike
      "public.customer_list.zip code": user.contact.address.postal_code

Keys are `schema.entity.field` exactly as `privlint inventory --format json`
names them (`entity` + "." + `field`). Values are a contact category
(user.contact.email, .phone_number, .fax_number, .address and its parts
.street/.city/.state/.postal_code/.country) or `none`, optionally followed by
whose data it is, `organisation` or `system` (default: `person`):

      public.stores.phone: user.contact.phone_number organisation

A labels file whose `corpus:` file is missing from CORPUS_DIR is skipped with
a note; when no labels file at all can be scored the script exits 2.

Each input is copied alone into a temporary directory first, because privlint
reads every .sql file of a directory as one migration set.

Scoring follows what the contact rules report by default: a person's data
in a category of their default scope. The scope is read from `privlint config
--dump` (rules.plaintext-contact-field: `categories` minus
`exclude_categories`, the most specific entry deciding): email, phone, fax and
street-level postal address (user.contact.address and .street); location parts
(.city, .state, .postal_code, .country) and user.contact.url are out of it. A
label or a prediction counts for a group only when its subject is `person`
(predictions: the inventory's `subject`) and its category is in the scope;
everything else counts as "no contact category". A field that is not listed
in a labels file counts as `none`, so every unlisted field that privlint would
report is a false positive.

Groups: email, phone, fax, address (street-level). Per group, a field is
  TP  when its label and a prediction are both in the group,
  FN  when its label is in the group and no prediction is,
  FP  when a prediction is in the group and its label is not.
A field predicted in the wrong group is an FN of its label's group and an FP
of the predicted group. "overall" sums the four groups. A street label
predicted as the whole address (or the reverse) is correct for the group.

Address parts. The part rows (street, city, state, postal_code, country) are
stricter and informational, and ignore subject and scope: a part row's TP
needs the label to be that part and the prediction to be that part or the
parent user.contact.address; a sibling part is an FN of the labelled part and
an FP of the predicted part. Mismatches of address labels (a street labelled
column predicted as a city, for example) are listed under the table.

Thresholds apply to the groups named by --gate (default email,phone,address).
The script exits 1 when a gated group is under --min-recall or
--min-precision. A group without any labelled or predicted field is not
gated (its ratios print as "-").
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

GROUPS = ["email", "phone", "fax", "address"]
PARTS = ["street", "city", "state", "postal_code", "country"]
SUBJECTS = ["person", "organisation", "system"]
ADDRESS = "user.contact.address"
GROUP_OF = {
    "user.contact.email": "email",
    "user.contact.phone_number": "phone",
    "user.contact.fax_number": "fax",
    ADDRESS: "address",
}
for _p in PARTS:
    GROUP_OF[ADDRESS + "." + _p] = "address"


def within(cat, prefix):
    return cat == prefix or cat.startswith(prefix + ".")


class Scope:
    """The default scope of the contact rules, from `privlint config --dump`."""

    def __init__(self, include, exclude):
        self.include, self.exclude = include, exclude

    def covers(self, cat):
        inc = max([len(p) for p in self.include if within(cat, p)], default=-1)
        exc = max([len(p) for p in self.exclude if within(cat, p)], default=-1)
        return inc >= 0 and inc >= exc

    @staticmethod
    def of(privlint):
        tmp = tempfile.mkdtemp(prefix="privlint-score-")
        try:
            probe = os.path.join(tmp, "probe.sql")
            open(probe, "w").close()
            p = subprocess.run([privlint, "config", "--dump", "probe.sql"], cwd=tmp,
                               capture_output=True, text=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        lists, rule = {}, None
        for line in p.stdout.splitlines():
            m = re.match(r"^  (\S+):$", line)
            if m:
                rule = m.group(1)
            m = re.match(r"^    (categories|exclude_categories): \[(.*?)\]", line)
            if m and rule == "plaintext-contact-field":
                lists[m.group(1)] = [c.strip() for c in m.group(2).split(",") if c.strip()]
        if "categories" not in lists:
            raise RuntimeError("cannot read the contact rules' categories from privlint config --dump")
        return Scope(lists["categories"], lists.get("exclude_categories", []))


def reported_group(cat, subject, scope):
    """The group a category counts for when the contact rules report it."""
    if cat not in GROUP_OF or subject != "person" or not scope.covers(cat):
        return None
    return GROUP_OF[cat]


def part_of(cat):
    if cat and cat.startswith(ADDRESS + "."):
        return cat[len(ADDRESS) + 1:]
    return None


# ---------------------------------------------------------------- labels files

def parse_labels_minimal(text):
    """A tiny reader for the labels format, used when PyYAML is missing."""
    out = {}
    fields = None
    for raw in text.splitlines():
        line = re.sub(r"\s+#.*$", "", raw)
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indented = line[0] in " \t"
        m = re.match(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^:]+?)\s*:\s*(.*?)\s*$', line)
        if not m:
            raise ValueError("cannot read line: " + raw)
        key, val = m.group(1), m.group(2)
        if key[:1] in "\"'":
            key = key[1:-1]
        if val[:1] in "\"'":
            val = val[1:-1]
        if not indented:
            if key == "fields":
                fields = {}
                out["fields"] = fields
            else:
                out[key] = val
                fields = None
        elif fields is not None:
            fields[key] = val
        else:
            raise ValueError("indented line outside 'fields': " + raw)
    return out


def load_labels(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        import yaml  # noqa: F401
        data = yaml.safe_load(text)
    except ImportError:
        data = parse_labels_minimal(text)
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise ValueError(path + ": expected a mapping with 'fields'")
    if ("corpus" in data) == ("input" in data):
        raise ValueError(path + ": give exactly one of 'corpus' or 'input'")
    labels = {}
    for key, val in data["fields"].items():
        words = ("none" if val is None else str(val)).split()
        val, subject = words[0], words[1] if len(words) > 1 else "person"
        if (val != "none" and val not in GROUP_OF) or subject not in SUBJECTS or len(words) > 2:
            raise ValueError("%s: %s: unknown label %r" % (path, key, " ".join(words)))
        if key in labels:
            raise ValueError("%s: duplicate label %s" % (path, key))
        labels[str(key)] = (val, subject)
    return data, labels


# ------------------------------------------------------------ source locations

def find_line(lines, key):
    """Best-effort line of `schema.entity.field` in the SQL source."""
    entity, field = key.rsplit(".", 1)
    table = entity.split(".")[-1]
    tre = re.compile(r'\b(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:ONLY\s+)?'
                     r'(?:"?[\w]+"?\.)?"?' + re.escape(table) + r'"?(?=[\s(]|$)', re.I)
    fre = re.compile(r'(?<![\w."])"?' + re.escape(field) + r'"?(?![\w"])', re.I)
    start = 0
    for i, l in enumerate(lines):
        if tre.search(l):
            start = i
            break
    for i in range(start, len(lines)):
        if fre.search(lines[i]) and not (i == start and not tre.search(lines[i])):
            return i + 1
    for i, l in enumerate(lines):
        if fre.search(l):
            return i + 1
    return None


# --------------------------------------------------------------------- scoring

class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def recall(self):
        d = self.tp + self.fn
        return self.tp / d if d else None

    def precision(self):
        d = self.tp + self.fp
        return self.tp / d if d else None


def fmt(x):
    return "-" if x is None else "%.3f" % x


def run_privlint(privlint, src):
    tmp = tempfile.mkdtemp(prefix="privlint-score-")
    try:
        dst = os.path.join(tmp, os.path.basename(src))
        shutil.copyfile(src, dst)
        p = subprocess.run([privlint, "inventory", "--format", "json", "--explain",
                            os.path.basename(dst)], cwd=tmp, capture_output=True, text=True)
        if p.returncode not in (0, 1):
            raise RuntimeError("privlint failed on %s (exit %d): %s" % (src, p.returncode, p.stderr))
        return json.loads(p.stdout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def evidence_lines(rec):
    if rec is None:
        return ["(privlint reports no category for this field and emits no evidence for it)"]
    out = []
    for c in rec.get("classification", []):
        for e in c.get("evidence", []):
            out.append("%s: %s" % (c.get("category"), e))
    for e in rec.get("subject_evidence", []):
        out.append("subject %s: %s" % (rec.get("subject"), e))
    if not out:
        out.append("(categories %s, no evidence)" % ", ".join(rec.get("categories", [])))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels_dir")
    ap.add_argument("corpus_dir")
    ap.add_argument("privlint")
    ap.add_argument("--min-recall", type=float, default=None)
    ap.add_argument("--min-precision", type=float, default=None)
    ap.add_argument("--gate", default="email,phone,address",
                    help="comma-separated groups the thresholds apply to")
    ap.add_argument("--quiet", action="store_true", help="print the table only")
    args = ap.parse_args()
    if os.sep in args.privlint:
        args.privlint = os.path.abspath(args.privlint)

    gate = [g for g in args.gate.split(",") if g]
    for g in gate:
        if g not in GROUPS + PARTS + ["overall"]:
            ap.error("unknown group in --gate: " + g)

    label_files = []
    for root, _dirs, files in os.walk(args.labels_dir):
        for f in files:
            if f.endswith((".yaml", ".yml")):
                label_files.append(os.path.join(root, f))
    label_files.sort()
    if not label_files:
        print("error: no labels files under " + args.labels_dir, file=sys.stderr)
        return 2

    scope = Scope.of(args.privlint)
    groups = {g: Tally() for g in GROUPS + ["overall"]}
    parts = {p: Tally() for p in PARTS}
    fps, fns, mismatches, label_errors, skipped = [], [], [], [], []
    scored_files = labelled_fields = 0

    for lf in label_files:
        data, labels = load_labels(lf)
        if "corpus" in data:
            src = os.path.join(args.corpus_dir, data["corpus"])
            shown = data["corpus"]
            if not os.path.isfile(src):
                skipped.append(shown)
                continue
        else:
            src = os.path.normpath(os.path.join(os.path.dirname(lf), data["input"]))
            base = os.path.commonpath([os.path.abspath(args.labels_dir), os.path.abspath(src)])
            shown = os.path.relpath(src, base)
        with open(src, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        inv = run_privlint(args.privlint, src)
        scored_files += 1
        labelled_fields += len(labels)

        recs = {}
        for r in inv.get("fields", []):
            recs.setdefault(r["entity"] + "." + r["field"], r)

        # Every label must name a field of the file.
        for key in labels:
            if "." not in key or find_line(lines, key) is None:
                label_errors.append("%s: label %s names no column of the file" % (shown, key))

        keys = set(labels) | {k for k, r in recs.items()
                              if any(c in GROUP_OF for c in r.get("categories", []))}
        for key in sorted(keys):
            label, label_subject = labels.get(key, ("none", "person"))
            rec = recs.get(key)
            preds = [c for c in (rec.get("categories", []) if rec else []) if c in GROUP_OF]
            pred_subject = rec.get("subject", "person") if rec else "person"
            lg = reported_group(label, label_subject, scope)
            pgs = {g for g in (reported_group(c, pred_subject, scope) for c in preds) if g}
            line = rec["line"] if rec else find_line(lines, key)
            where = "%s:%s" % (shown, line if line else "?")
            pred_text = ", ".join(preds) if preds else "no contact category"
            if preds and pred_subject != "person":
                pred_text += " (%s's)" % pred_subject
            if key in labels and label_subject != "person":
                label += " (%s's)" % label_subject
            ev = evidence_lines(rec)

            for g in GROUPS:
                t = groups[g]
                if lg == g and g in pgs:
                    t.tp += 1
                elif lg == g:
                    t.fn += 1
                    fns.append((g, where, key, label, pred_text, ev))
                elif g in pgs:
                    t.fp += 1
                    fps.append((g, where, key, label if key in labels else "none (unlisted)",
                                pred_text, ev))

            # Address parts (strict, informational).
            label = labels.get(key, ("none", "person"))[0]
            lp = part_of(label)
            pparts = {part_of(c) for c in preds if part_of(c)}
            parent = ADDRESS in preds
            for p in PARTS:
                t = parts[p]
                if lp == p and (p in pparts or parent):
                    t.tp += 1
                elif lp == p:
                    t.fn += 1
                elif p in pparts:
                    t.fp += 1
            if label.startswith(ADDRESS) and any(c.startswith(ADDRESS) for c in preds):
                exact = label in preds or (lp and parent) or (label == ADDRESS and "street" in pparts)
                if not exact:
                    mismatches.append((where, key, label, pred_text))

    if scored_files == 0:
        print("error: no labelled file could be scored (corpus missing? skipped: %s)"
              % ", ".join(skipped), file=sys.stderr)
        return 2

    o = groups["overall"]
    for g in GROUPS:
        o.tp += groups[g].tp
        o.fp += groups[g].fp
        o.fn += groups[g].fn

    print("scored %d file(s), %d labelled field(s)%s" % (
        scored_files, labelled_fields,
        "; skipped (not in corpus): " + ", ".join(skipped) if skipped else ""))
    print()
    hdr = "%-28s %5s %5s %5s %8s %9s" % ("group", "TP", "FP", "FN", "recall", "precision")
    print(hdr)
    print("-" * len(hdr))
    for g in GROUPS + ["overall"]:
        t = groups[g]
        print("%-28s %5d %5d %5d %8s %9s" % (g, t.tp, t.fp, t.fn, fmt(t.recall()),
                                            fmt(t.precision())))
    print("-" * len(hdr))
    for p in PARTS:
        t = parts[p]
        print("%-28s %5d %5d %5d %8s %9s" % ("address." + p + " (strict)", t.tp, t.fp, t.fn,
                                            fmt(t.recall()), fmt(t.precision())))

    if not args.quiet:
        for title, rows in (("false positives", fps), ("false negatives", fns)):
            print()
            print("%s (%d):" % (title, len(rows)))
            for g, where, key, label, pred, ev in rows:
                print("  [%s] %s: %s: label %s, predicted %s" % (g, where, key, label, pred))
                for e in ev:
                    print("      " + e)
        if mismatches:
            print()
            print("address part mismatches (%d):" % len(mismatches))
            for where, key, label, pred in mismatches:
                print("  %s: %s: label %s, predicted %s" % (where, key, label, pred))

    status = 0
    if label_errors:
        print()
        for e in label_errors:
            print("error: " + e)
        status = 2

    failures = []
    for g in gate:
        t = groups[g] if g in groups else parts[g]
        r, p = t.recall(), t.precision()
        if args.min_recall is not None and r is not None and r < args.min_recall:
            failures.append("%s recall %.3f < %.3f" % (g, r, args.min_recall))
        if args.min_precision is not None and p is not None and p < args.min_precision:
            failures.append("%s precision %.3f < %.3f" % (g, p, args.min_precision))
    print()
    if failures:
        for f in failures:
            print("FAIL: " + f)
        return max(status, 1)
    if args.min_recall is not None or args.min_precision is not None:
        print("PASS: %s meet recall >= %s and precision >= %s" % (
            ", ".join(gate), fmt(args.min_recall) if args.min_recall is not None else "-",
            fmt(args.min_precision) if args.min_precision is not None else "-"))
    return status


if __name__ == "__main__":
    sys.exit(main())
