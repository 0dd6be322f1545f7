#!/usr/bin/env python3
"""Counts lit results (lit --output JSON files) and prints 'N passed, N failed'.

PASS and XFAIL (an expected, documented failure) count as passed; FAIL, XPASS,
UNRESOLVED and TIMEOUT as failed; UNSUPPORTED tests are not counted."""
import json
import sys

passed = failed = 0
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"count-results: cannot read {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    for t in data.get("tests", []):
        code = t.get("code")
        if code in ("PASS", "XFAIL"):
            passed += 1
        elif code in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"):
            failed += 1
print(f"{passed} passed, {failed} failed")
