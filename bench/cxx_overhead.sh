#!/bin/sh
# The overhead of privlint's C++ front doors over a plain
# `clang++-19 -fsyntax-only` on a generated project (bench/gen_cxx.py, 50
# translation units including the standard library). Prints the wall time of
# each way of running over all units, the best of REPS runs, one unit at a time
# (as a build would with -j1). usage: cxx_overhead.sh BUILD_DIR [N] [REPS]
set -eu
BUILD=$(cd "$1" && pwd)
N=${2:-50}
REPS=${3:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/gen_cxx.py" "$WORK/proj" "$N"
cd "$WORK/proj"
FILES=$(ls src/*.cpp)

best() { # best() NAME COMMAND... : runs COMMAND REPS times, prints the fastest wall time
  name=$1; shift
  min=""
  i=0
  while [ $i -lt "$REPS" ]; do
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$min" ] || [ "$(echo "$t < $min" | bc)" = 1 ]; then min=$t; fi
    i=$((i + 1))
  done
  printf '%-40s %8.2f s\n' "$name" "$min"
}
each() { for f in $FILES; do "$@" "$f"; done; }
plain() { each clang++-19 -std=c++17 -Iinclude -fsyntax-only; }
plugin() { each clang++-19 -std=c++17 -Iinclude -fsyntax-only -fplugin="$BUILD/lib/libprivlint-plugin.so"; }
tidy() { clang-tidy-19 --load="$BUILD/lib/libprivlint-tidy.so" -checks='-*,privlint-*' -p . $FILES; }
tidy_none() { clang-tidy-19 -checks='-*,misc-definitions-in-headers' -p . $FILES; }
cli() { "$BUILD/bin/privlint" check -j 1 -p . ; }

echo "$N translation units, best of $REPS runs"
best "clang++-19 -fsyntax-only" plain
best "clang++-19 -fsyntax-only -fplugin" plugin
best "clang-tidy-19 one cheap check" tidy_none
best "clang-tidy-19 --load, privlint-*" tidy
best "privlint check -p (one process)" cli
