#!/usr/bin/env python3
"""Validate a SARIF 2.1.0 file with the Microsoft SARIF Multitool (test-only).

Usage:
    validate-sarif.py [--allow RULEID ...] <multitool-binary> <file.sarif>

<multitool-binary> is node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
(installed by `npm ci --ignore-scripts` at the repo root; package.json pins 5.7.0).

What the multitool does (verified with 5.7.0):
  * Command run here:
        Sarif.Multitool validate --rule-kind "Gh;Sarif" <file> -o <fresh tmp>/out.sarif
    "Gh" = GitHub code-scanning ingestion rules (GH1xxx/GH2xxx), "Sarif" = the
    SDK's own rules (SARIF1xxx errors, SARIF2xxx warnings/notes). JSON-schema
    checks (JSON1xxx) and JSON syntax errors (JSON0001) always run.
  * Its exit code is 0 even when the file has errors (also with
    --rich-return-code true). It is non-zero only for usage errors or when no
    input was found (ERR997 -> rc 1), and 134 when .NET aborts (missing ICU).
    So this script ignores the multitool's verdict and reads the -o log:
    runs[0].results[] (message = rules[ruleIndex].messageStrings[message.id]
    formatted with message.arguments) and runs[0].invocations[].tool*Notifications.
  * Findings are also printed on stdout as `path(line,col): error|warning ID: ...`.
    Only error and warning levels are reported (default --level "Error;Warning");
    notes (SARIF2002/2003/2006/2010-2016) are not, and not in the -o log either.
  * A result without "level" means "warning" (SARIF default); the multitool
    omits level for its warning-level rules.
  * If the -o file already exists the multitool does NOT overwrite it, prints
    ERR997.FileAlreadyExists and still exits 0 -- hence a fresh temp dir.
  * It is a self-contained .NET app that needs libicu at run time, else it
    aborts ("Couldn't find a valid ICU package", rc 134). We set
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (unless already set) so no libicu
    is needed; validation results are identical.
  * `npm ci --ignore-scripts` skips the package's postinstall `chmod u+x`, so
    this script makes the binary executable if needed.
  * Gaps of the multitool's schema check (verified): a bogus result "level"
    (e.g. "bogus" or 5) and a ruleId absent from tool.driver.rules are NOT
    reported. This script adds two local checks for them (LOCAL1001, LOCAL1002),
    reported as errors.

Failure policy (exit 1):
  * any error-level result (GH*, SARIF1*, JSON*, LOCAL*), any error-level tool
    notification, executionSuccessful=false, a missing/unparsable -o log, or a
    non-zero multitool exit;
  * any warning-level result, from the GH rules *and* from the SARIF2xxx
    rules. privlint writes its own SARIF, so the warnings (no tool version,
    no $schema, missing region, paths not relative to the repo root, ...) are
    real defects of our output and cheap to fix; a known-harmless one can be
    waived per call with --allow RULEID (repeatable; e.g. --allow SARIF2004).
    Waived findings are still printed, prefixed with "(allowed)".
Otherwise prints `sarif ok: <file>` and exits 0.
"""

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

VALID_LEVELS = ("none", "note", "warning", "error")


def format_message(msg, rule):
    """Render a SARIF message object (text, or id + arguments via messageStrings)."""
    if not isinstance(msg, dict):
        return str(msg)
    args = msg.get("arguments") or []
    text = msg.get("text")
    if text is None and rule and msg.get("id"):
        text = ((rule.get("messageStrings") or {}).get(msg["id"]) or {}).get("text")
    if text is None:
        return "%s %s" % (msg.get("id", "?"), args)

    def sub(m):
        i = int(m.group(1))
        return str(args[i]) if i < len(args) else m.group(0)

    return re.sub(r"\{(\d+)\}", sub, text)


def location_suffix(result):
    try:
        region = result["locations"][0]["physicalLocation"]["region"]
    except (KeyError, IndexError, TypeError):
        return ""
    line = region.get("startLine")
    col = region.get("startColumn")
    if line is None:
        return ""
    return " (line %s%s)" % (line, ", col %s" % col if col is not None else "")


def local_checks(path):
    """Checks the multitool 5.7.0 misses. Returns (level, ruleId, message) tuples."""
    out = []
    try:
        with open(path, encoding="utf-8-sig") as f:
            log = json.load(f)
    except (OSError, ValueError):
        return out  # the multitool reports JSON0001 for this
    if not isinstance(log, dict):
        return out
    for ri, run in enumerate(log.get("runs") or []):
        if not isinstance(run, dict):
            continue
        driver = ((run.get("tool") or {}).get("driver")) or {}
        rules = driver.get("rules") or []
        ids = [r.get("id") for r in rules if isinstance(r, dict)]
        for k, rule in enumerate(rules):
            lvl = ((rule or {}).get("defaultConfiguration") or {}).get("level")
            if lvl is not None and lvl not in VALID_LEVELS:
                out.append(("error", "LOCAL1001",
                            "runs[%d].tool.driver.rules[%d].defaultConfiguration.level: %r is not one of %s"
                            % (ri, k, lvl, "/".join(VALID_LEVELS))))
        for k, res in enumerate(run.get("results") or []):
            if not isinstance(res, dict):
                continue
            where = "runs[%d].results[%d]" % (ri, k)
            if "level" in res and res["level"] not in VALID_LEVELS:
                out.append(("error", "LOCAL1001", "%s.level: %r is not one of %s"
                            % (where, res["level"], "/".join(VALID_LEVELS))))
            rid = res.get("ruleId")
            idx = res.get("ruleIndex")
            if isinstance(idx, int) and 0 <= idx < len(ids) and rid is not None and ids[idx] != rid:
                out.append(("error", "LOCAL1002", "%s: ruleId %r does not match tool.driver.rules[%d].id %r"
                            % (where, rid, idx, ids[idx])))
            elif rid is not None and ids and rid not in ids and rid.split("/")[0] not in ids:
                out.append(("error", "LOCAL1002", "%s: ruleId %r is not defined in tool.driver.rules"
                            % (where, rid)))
    return out


def main():
    ap = argparse.ArgumentParser(description="Validate a SARIF file with the SARIF Multitool.")
    ap.add_argument("--allow", action="append", default=[], metavar="RULEID",
                    help="do not fail on warnings of this rule (repeatable); errors always fail")
    ap.add_argument("--rule-kind", default="Gh;Sarif", help='multitool --rule-kind (default "Gh;Sarif")')
    ap.add_argument("multitool")
    ap.add_argument("sarif")
    a = ap.parse_args()

    tool = os.path.abspath(a.multitool)
    sarif = a.sarif
    if not os.path.isfile(tool):
        print("%s: error: multitool not found: %s (run `npm ci --ignore-scripts` at the repo root)"
              % (sarif, tool), file=sys.stderr)
        return 2
    if not os.access(tool, os.X_OK):
        try:
            os.chmod(tool, os.stat(tool).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError as e:
            print("%s: error: multitool is not executable and chmod failed: %s" % (sarif, e), file=sys.stderr)
            return 2
    if not os.path.isfile(sarif):
        print("%s: error: no such file" % sarif, file=sys.stderr)
        return 2

    env = dict(os.environ)
    env.setdefault("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
    env.setdefault("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
    allowed = {x.upper() for x in a.allow}

    tmp = tempfile.mkdtemp(prefix="validate-sarif-")
    try:
        out = os.path.join(tmp, "out.sarif")  # must not exist beforehand
        cmd = [tool, "validate", "--rule-kind", a.rule_kind, os.path.abspath(sarif), "-o", out]
        try:
            p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               universal_newlines=True, timeout=300)
        except subprocess.TimeoutExpired:
            print("%s: error: multitool timed out" % sarif)
            return 1
        failed = False
        if p.returncode != 0:
            print("%s: error: multitool exited %d:\n%s" % (sarif, p.returncode, p.stdout[-4000:]))
            failed = True
        try:
            with open(out, encoding="utf-8-sig") as f:
                log = json.load(f)
        except (OSError, ValueError) as e:
            print("%s: error: no readable validation log (%s); multitool said:\n%s"
                  % (sarif, e, p.stdout[-4000:]))
            return 1

        findings = []  # (level, ruleId, message)
        for run in log.get("runs") or []:
            rules = ((run.get("tool") or {}).get("driver") or {}).get("rules") or []
            for inv in run.get("invocations") or []:
                if inv.get("executionSuccessful") is False:
                    failed = True
                for key in ("toolConfigurationNotifications", "toolExecutionNotifications"):
                    for n in inv.get(key) or []:
                        lvl = n.get("level", "warning")
                        if lvl in ("error", "warning"):
                            rid = (n.get("descriptor") or {}).get("id", "multitool")
                            findings.append((lvl, rid, format_message(n.get("message"), None)))
            for res in run.get("results") or []:
                lvl = res.get("level", "warning")
                if lvl not in ("error", "warning"):
                    continue
                idx = res.get("ruleIndex")
                rule = rules[idx] if isinstance(idx, int) and 0 <= idx < len(rules) else None
                if rule is None:
                    rule = next((r for r in rules if r.get("id") == res.get("ruleId")), None)
                msg = format_message(res.get("message"), rule) + location_suffix(res)
                findings.append((lvl, res.get("ruleId", "?"), msg))
        findings.extend(local_checks(sarif))

        for lvl, rid, msg in findings:
            waived = lvl == "warning" and rid.upper() in allowed
            if not waived:
                failed = True
            print("%s: %s%s: %s: %s" % (sarif, "(allowed) " if waived else "", lvl, rid, msg))
        if failed:
            return 1
        print("sarif ok: %s" % sarif)
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
