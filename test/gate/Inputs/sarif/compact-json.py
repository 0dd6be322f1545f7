"""Rewrites the JSON document argv[1] without whitespace into argv[2] (same
content; the SARIF Multitool skips files larger than 10,000 KB)."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
