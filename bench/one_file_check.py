#!/usr/bin/env python3
"""Compares one-file runs with the whole-project run on a checkout: for each
FILE, the findings of `privlint check --format json --no-cache FILE` that
touch FILE (at their location or a related one) must be the findings of
`privlint check --format json --no-cache .` that touch it, byte for byte
(test/tools/findings-for-file.py's rule). Prints one line per file (the
number of findings, the CPU seconds and peak RSS of the one-file run) and
exits 1 when a file differs, showing the difference.

Usage: one_file_check.py [--privlint BIN] [--all REPORT.json] CHECKOUT FILE...
       one_file_check.py [--privlint BIN] CHECKOUT --touched
           (every file the whole-project run's findings touch)

FILE paths are relative to CHECKOUT, which is the working directory of
every run. --all reuses a whole-project report instead of running it.
"""
import argparse
import difflib
import json
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(p):
    return p[2:] if p.startswith("./") else p


def touching(doc, path):
    out = []
    for x in doc["findings"]:
        x = json.loads(json.dumps(x))
        x["file"] = norm(x["file"])
        for r in x.get("related", []):
            r["file"] = norm(r["file"])
        if x["file"] == path or any(r["file"] == path for r in x.get("related", [])):
            out.append(json.dumps(x, sort_keys=True))
    return sorted(out)


def files_touched(doc):
    seen = set()
    for x in doc["findings"]:
        seen.add(norm(x["file"]))
        for r in x.get("related", []):
            seen.add(norm(r["file"]))
    return sorted(p for p in seen if p.endswith(".py"))


def run(binary, checkout, target):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([binary, "check", "--format", "json", "--no-cache", target],
                          cwd=checkout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit("privlint failed on %s (exit %d): %s" %
                 (target, proc.returncode, proc.stderr.decode(errors="replace")))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(proc.stdout), cpu, after.ru_maxrss // 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--privlint", default=os.path.join(HERE, "..", "build", "bin", "privlint"))
    ap.add_argument("--all", help="a whole-project JSON report to reuse")
    ap.add_argument("--touched", action="store_true",
                    help="check every .py file the whole-project findings touch")
    ap.add_argument("checkout")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    binary = os.path.abspath(args.privlint)
    if args.all:
        with open(args.all) as f:
            whole = json.load(f)
    else:
        whole, _, _ = run(binary, args.checkout, ".")
    files = list(args.files)
    if args.touched:
        files += [p for p in files_touched(whole) if p not in files]
    bad = 0
    for path in files:
        one, cpu, rss = run(binary, args.checkout, path)
        want, got = touching(whole, norm(path)), touching(one, norm(path))
        # ru_maxrss of children is the largest child so far: a bound, not
        # this run's own figure, once a larger run came before it.
        print("%-70s %3d findings  %5.2f s CPU  <=%4d MiB  %s" %
              (path, len(want), cpu, rss, "same" if want == got else "DIFFERENT"))
        if want != got:
            bad += 1
            sys.stdout.writelines(difflib.unified_diff(
                [l + "\n" for l in want], [l + "\n" for l in got], "whole project", "one file"))
    print("%d of %d files differ" % (bad, len(files)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
