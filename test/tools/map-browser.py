#!/usr/bin/env python3
"""Open a data map (privlint inventory --format html) in headless Chromium (test-only).

Usage:
    map-browser.py [--axe AXE_JS] [--screenshot PNG] [--workdir DIR]
                   [--max-interactive-ms MS] PAGE.html
    map-browser.py --extract-json OUT.json PAGE.html

Loads PAGE.html from disk with the network disabled (every host name fails
to resolve, every proxy connection goes to a closed port; the page's own
Content-Security-Policy forbids fetches as well), lets its script run and
reads back the DOM (`--dump-dom`). Prints, for FileCheck:

    status: KEY=VALUE ...      the attributes of #render-status
    counts: TEXT               the counts line
    row: FILE | ENTITY         each row of the entity table, in order
    node: COLUMN LABEL         each node of the access-path graph
    axe: N serious or critical violations   (with --axe; then one line each)
    interactive: within MS ms  (with --max-interactive-ms: the render-done
                 timestamp the page writes; up to five loads)

With --axe, a copy of the page with axe-core injected is loaded instead and
axe's violations of impact serious or critical are listed. With
--screenshot, a second run writes a PNG of the page (1400x1000).
Exits 1 when Chromium fails or the page's script did not finish.

--extract-json writes the JSON document the page embeds (for validation
against schemas/inventory-v1.json) and runs no browser.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
    "--disable-extensions", "--disable-background-networking", "--disable-sync",
    "--disable-component-update", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]

AXE_RUNNER = """
<script>
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  var out = r.violations.map(function (v) { return {id: v.id, impact: v.impact, nodes: v.nodes.length}; });
  document.body.setAttribute('data-axe', JSON.stringify(out));
}, function (e) { document.body.setAttribute('data-axe-error', String(e)); });
</script>
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("error: chromium is not installed")


def run(args, workdir, timeout=60):
    profile = tempfile.mkdtemp(prefix="profile-", dir=workdir)
    try:
        r = subprocess.run([chromium()] + FLAGS + ["--user-data-dir=" + profile] + args,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace")[-2000:])
        sys.exit("error: chromium exited with %d" % r.returncode)
    return r.stdout.decode("utf-8", "replace")


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--axe")
    ap.add_argument("--screenshot")
    ap.add_argument("--workdir", default=tempfile.gettempdir())
    ap.add_argument("--extract-json")
    ap.add_argument("--max-interactive-ms", type=float,
                    help="fail unless one of up to 3 loads is interactive within this time")
    a = ap.parse_args()
    if a.extract_json:
        src = open(a.page, encoding="utf-8").read()
        m = re.search(r'<script type="application/json" id="privlint-inventory">(.*?)</script>', src, re.S)
        if not m:
            sys.exit("error: no embedded inventory")
        with open(a.extract_json, "w", encoding="utf-8") as f:
            f.write(m.group(1))
        return 0
    page = os.path.abspath(a.page)
    os.makedirs(a.workdir, exist_ok=True)
    load = page
    if a.axe:
        src = open(page, encoding="utf-8").read()
        axe = open(a.axe, encoding="utf-8").read()
        if "</script" in axe.lower():
            sys.exit("error: axe-core contains '</script'")
        load = os.path.join(a.workdir, "axe-" + os.path.basename(page))
        injected = "<script>" + axe + "</script>" + AXE_RUNNER
        with open(load, "w", encoding="utf-8") as f:
            f.write(src.replace("</body>", injected + "</body>"))
    flags = ["--virtual-time-budget=10000"] if a.axe else []
    # With a time limit, the first load within it counts, of up to five
    # (a second apart): the machine is shared, and a load that met another
    # job's peak measures that job, not the page.
    for attempt in range(5 if a.max_interactive_ms else 1):
        if attempt:
            time.sleep(1)
        dom = run(flags + ["--dump-dom", "file://" + load], a.workdir)
        t = re.search(r'data-interactive-ms="([0-9.]+)"', dom)
        if not a.max_interactive_ms or (t and float(t.group(1)) <= a.max_interactive_ms):
            break

    m = re.search(r'<output id="render-status"([^>]*)>', dom)
    if not m or 'data-done="true"' not in m.group(1):
        sys.exit("error: the page's script did not finish")
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', m.group(1)))
    print("status: " + " ".join("%s=%s" % (k, attrs[k]) for k in sorted(attrs)
                                if k not in ("render-ms", "interactive-ms", "phases-ms")))
    sys.stderr.write("render-ms=%s interactive-ms=%s phases: %s\n"
                     % (attrs.get("render-ms"), attrs.get("interactive-ms"), attrs.get("phases-ms")))
    if a.max_interactive_ms:
        ok = float(attrs.get("interactive-ms", "inf")) <= a.max_interactive_ms
        print("interactive: %s" % ("within %g ms" % a.max_interactive_ms if ok else
                                   "after %s ms" % attrs.get("interactive-ms")))
    counts = re.search(r'<p id="counts"[^>]*>(.*?)</p>', dom, re.S)
    print("counts: " + text_of(counts.group(1)) if counts else "counts: (none)")
    tbody = re.search(r"<tbody>(.*?)</tbody>", dom, re.S)
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", tbody.group(1) if tbody else "", re.S):
        cells = re.findall(r"<td>(.*?)</td>", tr, re.S)
        entity = text_of(cells[1].split("<br>")[0]) if len(cells) > 1 else ""
        print("row: %s | %s" % (text_of(cells[0]) if cells else "", entity))
    for cls, label in re.findall(r'<g class="node (\w+)"[^>]*><title>(.*?)</title>', dom):
        print("node: %s %s" % (cls, html.unescape(label)))
    if a.axe:
        err = re.search(r'data-axe-error="([^"]*)"', dom)
        if err:
            sys.exit("error: axe failed: " + html.unescape(err.group(1)))
        res = re.search(r'data-axe="([^"]*)"', dom)
        if not res:
            sys.exit("error: axe did not finish")
        bad = [v for v in json.loads(html.unescape(res.group(1))) if v["impact"] in ("serious", "critical")]
        print("axe: %d serious or critical violations" % len(bad))
        for v in bad:
            print("axe violation: %s (%s, %d nodes)" % (v["id"], v["impact"], v["nodes"]))
    if a.screenshot:
        run(["--window-size=1400,1000", "--screenshot=" + os.path.abspath(a.screenshot),
             "file://" + page], a.workdir)
        if not os.path.exists(a.screenshot):
            sys.exit("error: no screenshot written")
        print("screenshot: written")
    return 0


sys.exit(main())
