#!/usr/bin/env bash
# Runs the whole test suite (lit + FileCheck tests and the GoogleTest unit
# tests, through lit) on a build tree, and ends with "N passed, N failed".
# Usage: scripts/test.sh [BUILD_DIR]   (default: build; builds first if needed)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${PRIVLINT_BUILD_DIR:-build}}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  echo "test.sh: no build in $build; run scripts/setup.sh first" >&2
  exit 2
fi
cmake --build "$build" -j"${PRIVLINT_JOBS:-2}" || exit 2
lit=/usr/lib/llvm-19/build/utils/lit/lit.py
results="$build/test/lit-results.json"
rm -f "$results"
# One line per test (a run cut short shows which tests were running) and a
# per-test time limit, which lit enforces with psutil: Debian's python3 has
# it (python3-psutil); the tests themselves use python3 from PATH either way.
py=python3
limit=()
if /usr/bin/python3 -c 'import psutil' >/dev/null 2>&1; then
  py=/usr/bin/python3
  limit=(--timeout "${PRIVLINT_TEST_TIMEOUT:-900}")
fi
"$py" "$lit" "${limit[@]}" --no-progress-bar --output "$results" "$build/test"
rc=$?
# What the failed tests printed, with any byte that is not printable ASCII
# escaped, so that every log reader can show it.
python3 "$root/scripts/show-failures.py" "$results"
python3 "$root/scripts/count-results.py" "$results"
exit $rc
