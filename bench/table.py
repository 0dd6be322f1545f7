#!/usr/bin/env python3
"""Regenerates the figures table of bench/README.md: wall time, CPU time and
peak RSS of whole runs, each next to its reference.

Usage: bench/table.py [--build DIR] [--before BIN] [--runs N] [--quick] [--out FILE]

  --build DIR   privlint build tree (default: build): bin/privlint and
                bench/pg_query_parse_bench
  --before BIN  another privlint binary (e.g. one built from main) timed on
                the same inputs, in a "before" column
  --runs N      runs per command (default 3): the fastest run is reported,
                with its CPU time and peak RSS
  --quick       only the generated inputs (no corpus, no checkouts)
  --out FILE    also write the table there

Inputs, all generated into <build>/bench/inputs/ by the generators next to
this script (deterministic): a 10 MB PostgreSQL DDL file with grants and
RLS (gen_ddl.py), a 4,800-file TypeORM project (gen_typeorm.py) and a
4,700-file Django project (gen_django.py). When present, also the big
PostgreSQL files of the shared corpus ($PRIVLINT_CORPUS, default
../shared/corpus) and whole public projects ($PRIVLINT_CHECKOUTS, default
/work/checkouts; read only). Runs with the result cache use a cache directory
of their own under <build>/bench/, emptied first ("cold") and then reused
("warm"). Each run's exit status must be 0 or 1 (findings); anything else
aborts the table.

Times come from os.wait4 on each child: wall clock (time.perf_counter), user
+ system CPU and the child's own peak RSS. On a shared machine the wall
times vary with the load; the CPU column does much less.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# The one file checked in each project: a model module with findings.
ONE_FILE = {
    "django": "app195/models/m15.py",
    "typeorm": "src/billing/customer-1111.entity.ts",
    "vendure-ecommerce__vendure": "packages/core/src/entity/customer/customer.entity.ts",
    "netbox-community__netbox": "netbox/tenancy/models/contacts.py",
    "polarsource__polar": "server/polar/models/user.py",
    "shopizer-ecommerce__shopizer":
        "sm-core-model/src/main/java/com/salesmanager/core/model/customer/Customer.java",
}


def run(cmd, cwd=None, env=None, runs=3):
    """Fastest of RUNS: (wall s, cpu s, peak RSS MiB)."""
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        with open(os.devnull, "wb") as null:
            p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=null, stderr=null)
            _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit("bench/table.py: %s exited %d" % (" ".join(cmd), code))
        m = (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0)
        if best is None or m[0] < best[0]:
            best = m
    return best


def fmt(m):
    wall, cpu, rss = m
    t = "%.0f ms" % (wall * 1000) if wall < 10 else "%.1f s" % wall
    return t, "%.2f s" % cpu, "%.0f MiB" % rss


def generate(build):
    inputs = os.path.join(build, "bench", "inputs")
    os.makedirs(inputs, exist_ok=True)
    gens = [("ddl_10mb.sql", ["gen_ddl.py", "--bytes", "10000000", "--seed", "1"]),
            ("typeorm", ["gen_typeorm.py", "--files", "4800", "--seed", "1"]),
            ("django", ["gen_django.py", "--apps", "196", "--files", "20", "--seed", "1"])]
    for name, g in gens:
        out = os.path.join(inputs, name)
        if not os.path.exists(out):
            subprocess.run([sys.executable, os.path.join(HERE, g[0])] + g[1:] + [out + ".tmp"],
                           check=True, stdout=subprocess.DEVNULL)
            os.rename(out + ".tmp", out)
    return inputs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--before")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()
    build = os.path.abspath(os.path.join(ROOT, a.build))
    privlint = os.path.join(build, "bin", "privlint")
    pgbench = os.path.join(build, "bench", "pg_query_parse_bench")
    for b in (privlint, pgbench):
        if not os.access(b, os.X_OK):
            sys.exit("bench/table.py: %s not found; build first (scripts/setup.sh)" % b)
    inputs = generate(build)
    cache = os.path.join(build, "bench", "cache")
    env_cache = dict(os.environ, XDG_CACHE_HOME=cache)

    rows = []  # (tool, input, measured, reference name, reference measured)

    def case(tool, label, cmd, ref=None, cwd=None, cached=False, before=True):
        if cached:
            shutil.rmtree(cache, ignore_errors=True)
            cold = run(cmd, cwd=cwd, env=env_cache, runs=1)
            warm = run(cmd, cwd=cwd, env=env_cache, runs=a.runs)
            rows.append((tool + " (cache cold)", label, cold, None, ref))
            rows.append((tool + " (cache warm)", label, warm, None, None))
            return
        m = run(cmd + ["--no-cache"], cwd=cwd, runs=a.runs)
        b = None
        if a.before and before:
            bcmd = [a.before] + cmd[1:] + ["--no-cache"]
            b = run(bcmd, cwd=cwd, runs=a.runs)
        rows.append((tool, label, m, b, ref))

    ddl = os.path.join(inputs, "ddl_10mb.sql")
    pg = run([pgbench, ddl, "1"], runs=a.runs)
    rows.append(("libpg_query parse (pg_query_parse_bench)", "10 MB DDL", pg, None, None))
    for f in ("json", "sarif", "text"):
        case("privlint check --format " + f, "10 MB DDL",
             [privlint, "check", "--format", f, ddl], ref=("libpg_query parse", pg))
    case("privlint check --format json", "10 MB DDL", [privlint, "check", "--format", "json", ddl],
         ref=("libpg_query parse", pg), cached=True)

    example = os.path.join(ROOT, "examples", "influencer-leak", "schema.sql")
    case("privlint check (one small SQL file)", "examples/influencer-leak", [privlint, "check", example])

    for name, label in (("typeorm", "TypeORM, 4,800 files"), ("django", "Django, 4,700 files")):
        d = os.path.join(inputs, name)
        case("privlint check --format json", label, [privlint, "check", "--format", "json", "."], cwd=d)
        case("privlint check --format json", label, [privlint, "check", "--format", "json", "."],
             cwd=d, cached=True)
        # One file of the project (the pre-commit and editor case).
        one = ONE_FILE[name]
        tool = "privlint check --format json, one file (%s)" % one
        case(tool, label, [privlint, "check", "--format", "json", one], cwd=d)
        case(tool, label, [privlint, "check", "--format", "json", one], cwd=d, cached=True)

    if not a.quick:
        corpus = os.environ.get("PRIVLINT_CORPUS", os.path.join(ROOT, "..", "shared", "corpus"))
        for f in ("openstreetmap-website/structure.sql", "pagila/pagila-schema.sql"):
            p = os.path.join(corpus, f)
            if os.path.exists(p):
                ref = run([pgbench, p, "1"], runs=a.runs)
                rows.append(("libpg_query parse (pg_query_parse_bench)", f, ref, None, None))
                case("privlint check --format json", f, [privlint, "check", "--format", "json", p],
                     ref=("libpg_query parse", ref))
        checkouts = os.environ.get("PRIVLINT_CHECKOUTS", "/work/checkouts")
        for repo, kind in (("vendure-ecommerce__vendure", "TypeORM"),
                           ("netbox-community__netbox", "Django"),
                           ("polarsource__polar", "SQLAlchemy"),
                           ("shopizer-ecommerce__shopizer", "JPA")):
            d = os.path.join(checkouts, repo)
            if os.path.isdir(d):
                label = "%s (%s, whole repo)" % (repo.replace("__", "/"), kind)
                case("privlint check --format json", label,
                     [privlint, "check", "--format", "json", "."], cwd=d)
                case("privlint check --format json", label,
                     [privlint, "check", "--format", "json", "."], cwd=d, cached=True)
                one = ONE_FILE[repo]
                label = "%s (%s, one file: %s)" % (repo.replace("__", "/"), kind, one)
                cmd = [privlint, "check", "--format", "json", one]
                case("privlint check --format json, one file", label, cmd, cwd=d)
                case("privlint check --format json, one file", label, cmd, cwd=d, cached=True)

    head = ["tool", "input", "time", "CPU", "peak RSS"]
    if a.before:
        head += ["before: time", "CPU", "RSS"]
    head += ["reference"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for tool, label, m, b, ref in rows:
        cells = [tool, label, *fmt(m)]
        if a.before:
            cells += list(fmt(b)) if b else ["", "", ""]
        if ref:
            rname, rm = ref
            cells.append("%.2f× the time, %.2f× the CPU, %.2f× the RSS of %s"
                         % (m[0] / rm[0], m[1] / rm[1], m[2] / rm[2], rname))
        else:
            cells.append("")
        lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
