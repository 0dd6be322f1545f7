#!/usr/bin/env bash
# The style gate CI runs (.ci/run): clang-format-19 on every C and C++ file
# under lib/, rules/, plugin/ and tools/ (no file may need reformatting), and
# the project's .clang-tidy over lib/ with warnings as errors.
#
# Usage: scripts/style.sh [BUILD_DIR] [--results FILE]
#   BUILD_DIR  a configured build with compile_commands.json (default: build)
#   --results  also write the two outcomes as lit-style JSON for
#              scripts/count-results.py
# Exit status: 0 when both pass, 1 otherwise.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build=build
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --results) results="$2"; shift 2 ;;
    *) build="$1"; shift ;;
  esac
done

mapfile -t files < <(git ls-files lib rules plugin tools | grep -E '\.(c|cc|cpp|h|hpp)$')

echo "style: clang-format-19 on ${#files[@]} files"
format=PASS
clang-format-19 --dry-run --Werror "${files[@]}" || format=FAIL

echo "style: clang-tidy-19 over lib/ (.clang-tidy, warnings as errors)"
tidy=PASS
if [ ! -f "$build/compile_commands.json" ]; then
  echo "style: $build/compile_commands.json is missing: configure the build first"
  tidy=FAIL
else
  log="$build/clang-tidy.log"
  run-clang-tidy-19 -p "$build" -quiet -j "$(nproc)" -warnings-as-errors='*' "$root/lib/" >"$log" 2>&1 ||
    tidy=FAIL
  grep -E '(warning|error):' "$log" | sort -u
  [ "$tidy" = PASS ] || echo "style: clang-tidy failed; the whole log is $log"
fi

echo "style: clang-format $format, clang-tidy $tidy"
if [ -n "$results" ]; then
  printf '{"tests": [{"name": "style :: clang-format", "code": "%s"}, {"name": "style :: clang-tidy", "code": "%s"}]}\n' \
    "$format" "$tidy" >"$results"
fi
[ "$format" = PASS ] && [ "$tidy" = PASS ]
