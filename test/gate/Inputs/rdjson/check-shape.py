"""Checks a privlint --format rdjson report against reviewdog's Diagnostic
Format (rdjson) and prints one line per diagnostic:
    SEVERITY code path start_line:start_col-end_line:end_col url=URL|none related=N
Exits 1 (after printing `shape error: ...`) when the report is malformed:
wrong types, 0-based or missing positions, a severity reviewdog does not know,
an end before the start."""
import json
import sys

SEVERITIES = {"ERROR", "WARNING", "INFO"}


def fail(msg):
    print("shape error: " + msg)
    sys.exit(1)


def check_range(r, where):
    if not isinstance(r, dict) or "start" not in r:
        fail(where + ": range without start")
    pos = []
    for k in ("start", "end"):
        p = r.get(k)
        if p is None:
            continue
        if set(p) - {"line", "column"}:
            fail("%s.%s: unexpected keys %s" % (where, k, sorted(set(p) - {"line", "column"})))
        for f in ("line", "column"):
            if not isinstance(p.get(f), int) or p[f] < 1:
                fail("%s.%s.%s must be a 1-based integer, got %r" % (where, k, f, p.get(f)))
        pos.append((p["line"], p["column"]))
    if len(pos) == 2 and pos[1] < pos[0]:
        fail(where + ": end before start")
    return "%d:%d-%d:%d" % (pos[0] + (pos[1] if len(pos) == 2 else pos[0]))


def check_location(loc, where):
    if not isinstance(loc, dict) or not isinstance(loc.get("path"), str) or not loc["path"]:
        fail(where + ": location without path")
    if loc["path"].startswith("/"):
        fail(where + ": path is absolute: " + loc["path"])
    return loc["path"], check_range(loc.get("range"), where + ".range")


doc = json.load(open(sys.argv[1], encoding="utf-8"))
src = doc.get("source")
if not isinstance(src, dict) or src.get("name") != "privlint":
    fail("source.name is not privlint")
if not isinstance(doc.get("diagnostics"), list):
    fail("diagnostics is not an array")
print("source", src["name"], src.get("url", "no-url"))
for i, d in enumerate(doc["diagnostics"]):
    w = "diagnostics[%d]" % i
    if not isinstance(d.get("message"), str) or not d["message"]:
        fail(w + ": no message")
    if d.get("severity") not in SEVERITIES:
        fail(w + ": severity %r" % d.get("severity"))
    code = d.get("code")
    if not isinstance(code, dict) or not isinstance(code.get("value"), str):
        fail(w + ": code.value missing")
    path, rng = check_location(d.get("location"), w + ".location")
    rel = d.get("related_locations", [])
    for j, r in enumerate(rel):
        if not isinstance(r.get("message"), str):
            fail("%s.related_locations[%d]: no message" % (w, j))
        check_location(r.get("location"), "%s.related_locations[%d].location" % (w, j))
    print(d["severity"], code["value"], path, rng, "url=" + code.get("url", "none"), "related=%d" % len(rel))
