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
python3 "$lit" -sv --output "$results" "$build/test"
rc=$?
python3 "$root/scripts/count-results.py" "$results"
exit $rc
