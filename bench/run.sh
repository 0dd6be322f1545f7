#!/usr/bin/env bash
# privlint benchmark: whole-run time of `privlint check --format json` on a
# 2 MB generated PostgreSQL DDL file next to the bare libpg_query parse of the
# same file, plus the one-file latency of `privlint check` on the example.
#
# Usage: bench/run.sh            (from any directory)
#
# Environment:
#   PRIVLINT_BUILD_DIR   build directory (default: build, relative to the repo root)
#   PRIVLINT_BENCH_RUNS  timed runs per command (default: 10)
#
# Needs <build>/bin/privlint and <build>/bench/pg_query_parse_bench (build the
# project with the bench subdirectory enabled). Uses hyperfine when installed,
# else a bash loop timed with `date +%s%N`. privlint exits 1 when it reports
# findings; that is expected and ignored (hyperfine -i), but any other exit
# status in the sanity run aborts the benchmark.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$script_dir/.." && pwd)"

build_dir="${PRIVLINT_BUILD_DIR:-build}"
case "$build_dir" in
  /*) ;;
  *) build_dir="$root/$build_dir" ;;
esac
runs="${PRIVLINT_BENCH_RUNS:-10}"
case "$runs" in
  ''|*[!0-9]*|0) echo "bench/run.sh: PRIVLINT_BENCH_RUNS must be a positive integer" >&2; exit 2 ;;
esac

privlint="$build_dir/bin/privlint"
pgbench="$build_dir/bench/pg_query_parse_bench"
ddl="$build_dir/bench/ddl_2mb.sql"
example="$root/examples/influencer-leak/schema.sql"

die() { echo "bench/run.sh: $*" >&2; exit 1; }

[ -x "$privlint" ] || die "privlint binary not found at $privlint -- build first (scripts/setup.sh, or cmake --build ${build_dir#"$root"/})"
[ -x "$pgbench" ] || die "pg_query_parse_bench not found at $pgbench -- configure with the bench subdirectory enabled and build target pg_query_parse_bench"
command -v python3 >/dev/null 2>&1 || die "python3 is required to generate the benchmark DDL"

if [ ! -s "$ddl" ]; then
  mkdir -p "$(dirname "$ddl")"
  python3 "$script_dir/gen_ddl.py" --bytes 2000000 --seed 1 "$ddl.tmp"
  mv "$ddl.tmp" "$ddl"
fi
ddl_bytes=$(wc -c <"$ddl")

# Sanity run: privlint must exit 0 (clean) or 1 (findings); anything else
# (crash, usage error, unreadable file) would make the timings meaningless.
sanity() {
  local rc=0
  "$@" >/dev/null 2>"$build_dir/bench/sanity.err" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "bench/run.sh: '$*' exited $rc:" >&2
    head -20 "$build_dir/bench/sanity.err" >&2
    exit 1
  fi
}
mkdir -p "$build_dir/bench"
sanity "$privlint" check --format json "$ddl"
sanity "$pgbench" "$ddl" 1
have_example=0
if [ -f "$example" ]; then
  have_example=1
  sanity "$privlint" check "$example"
else
  echo "bench/run.sh: warning: $example not found; skipping the one-file latency" >&2
fi

q() { printf '%q' "$1"; }

echo "== input: $ddl ($ddl_bytes bytes)"
echo "== libpg_query alone (best of 5, in-process):"
"$pgbench" "$ddl" 5

if command -v hyperfine >/dev/null 2>&1; then
  echo "== whole process, 2 MB DDL (hyperfine, $runs runs):"
  hyperfine -N -i --warmup 1 --runs "$runs" \
    -n "privlint check --format json" "$(q "$privlint") check --format json $(q "$ddl")" \
    -n "pg_query_parse_bench (1 parse)" "$(q "$pgbench") $(q "$ddl") 1"
  if [ "$have_example" -eq 1 ]; then
    echo "== one-file latency: privlint check ${example#"$root"/} (hyperfine):"
    hyperfine -N -i --warmup 3 --runs "$((runs * 3))" \
      -n "privlint check (example)" "$(q "$privlint") check $(q "$example")"
  fi
else
  # Fallback: min / mean wall time over $runs runs, output discarded.
  time_cmd() {
    local label="$1"; shift
    local n="$1"; shift
    local i t0 t1 dt min=-1 sum=0
    "$@" >/dev/null 2>&1 || true   # warm-up
    for ((i = 0; i < n; i++)); do
      t0=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      t1=$(date +%s%N)
      dt=$((t1 - t0))
      sum=$((sum + dt))
      if [ "$min" -lt 0 ] || [ "$dt" -lt "$min" ]; then min=$dt; fi
    done
    awk -v l="$label" -v min="$min" -v sum="$sum" -v n="$n" \
      'BEGIN { printf "%-34s min %8.1f ms   mean %8.1f ms   (%d runs)\n", l, min / 1e6, sum / n / 1e6, n }'
  }
  echo "== whole process, 2 MB DDL (hyperfine not found; bash loop, $runs runs):"
  time_cmd "privlint check --format json" "$runs" "$privlint" check --format json "$ddl"
  time_cmd "pg_query_parse_bench (1 parse)" "$runs" "$pgbench" "$ddl" 1
  if [ "$have_example" -eq 1 ]; then
    echo "== one-file latency:"
    time_cmd "privlint check (example)" "$((runs * 3))" "$privlint" check "$example"
  fi
fi
