#!/usr/bin/env python3
"""Counts lit results (lit --output JSON files) and prints 'N passed, N failed'.

PASS and XFAIL (an expected, documented failure) count as passed; FAIL, XPASS,
UNRESOLVED and TIMEOUT as failed; UNSUPPORTED tests are not counted. Every
failed result is named on a line of its own before the count, so that a log
which keeps only its tail still says what failed."""
import json
import sys

passed = failed = 0
names = []
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"count-results: cannot read {path}: {e}", file=sys.stderr)
        names.append(f"{path}: cannot read the results ({e})")
        failed += 1
        continue
    for t in data.get("tests", []):
        code = t.get("code")
        if code in ("PASS", "XFAIL"):
            passed += 1
        elif code in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"):
            failed += 1
            names.append(f"{path}: {code}: {t.get('name', '?')}")
for n in names:
    print(f"failed: {n}")
print(f"{passed} passed, {failed} failed")
