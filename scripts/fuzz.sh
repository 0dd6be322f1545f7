#!/usr/bin/env bash
# Builds privlint's libFuzzer targets (fuzz/, clang-19 with ASan+UBSan) into
# build-fuzz/ and runs each for a while, seeded from the test inputs.
#
# Usage: scripts/fuzz.sh [-t SECONDS] [--results FILE] [TARGET...]
#   -t SECONDS      time per target (default 600)
#   --results FILE  also write one result per target as lit JSON (CI counts it)
#   TARGET      fuzz-postgres fuzz-mysql fuzz-sqlite fuzz-prisma fuzz-rails-schema
#               fuzz-rails-model fuzz-python fuzz-typeorm fuzz-jpa
#               fuzz-openapi-yaml fuzz-openapi-json fuzz-graphql fuzz-protobuf
#               fuzz-config fuzz-baseline fuzz-suppressions fuzz-writers fuzz-lsp
#               (default: all)
#
# Crashes land in build-fuzz/artifacts/<target>/; each one is a bug and
# becomes a lit regression test. Exit status 1 when any target crashed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds=600
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    -t) seconds="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    *) break ;;
  esac
done
all=(fuzz-postgres fuzz-mysql fuzz-sqlite fuzz-prisma fuzz-rails-schema fuzz-rails-model
     fuzz-python fuzz-typeorm fuzz-jpa fuzz-openapi-yaml fuzz-openapi-json fuzz-graphql
     fuzz-protobuf fuzz-config fuzz-baseline fuzz-suppressions fuzz-writers fuzz-lsp)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
build="$root/build-fuzz"

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPRIVLINT_FUZZ=ON "${launcher[@]}" >/dev/null || exit 2
fi
cmake --build "$build" -j"${PRIVLINT_JOBS:-2}" --target "${targets[@]}" || exit 2

# Seeds: the test inputs of each kind (copied, never modified).
seed() { # seed TARGET find-args...
  local dir="$build/seeds/$1"; shift
  rm -rf "$dir"; mkdir -p "$dir"
  find "$root/test" "$root/examples" "$root/docs" -type f "$@" -size -256k -print0 2>/dev/null |
    xargs -0 -r -I{} sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-16)"' _ {} "$dir"
}
failed=0
entries=()
for t in "${targets[@]}"; do
  case "$t" in
    fuzz-postgres) seed "$t" -name '*.sql' -not -path '*mysql-sqlite*' ;;
    fuzz-mysql|fuzz-sqlite) seed "$t" -name '*.sql' -path '*mysql-sqlite*' ;;
    fuzz-prisma) seed "$t" -name '*.prisma' ;;
    fuzz-rails-schema) seed "$t" \( -name 'schema.rb' -o -path '*db/migrate/*.rb' \) ;;
    fuzz-rails-model) seed "$t" -path '*app/models/*.rb' ;;
    fuzz-python) seed "$t" -name '*.py' -not -path '*/tools/*' ;;
    fuzz-typeorm) seed "$t" -name '*.ts' ;;
    fuzz-jpa) seed "$t" -name '*.java' ;;
    fuzz-openapi-yaml) seed "$t" -path '*openapi*' \( -name '*.yaml' -o -name '*.yml' \) ;;
    fuzz-openapi-json) seed "$t" -path '*openapi*' -name '*.json' ;;
    fuzz-graphql) seed "$t" \( -name '*.graphql' -o -name '*.graphqls' -o -name '*.gql' \) ;;
    fuzz-protobuf) seed "$t" -name '*.proto' ;;
    fuzz-lsp) rm -rf "$build/seeds/$t"; python3 "$root/fuzz/lsp_seeds.py" "$build/seeds/$t" ;;
    fuzz-config) seed "$t" \( -name '.privlint.yaml' -o -name '*.yaml' \) ;;
    fuzz-baseline) seed "$t" -name '*baseline*.json' ;;
    fuzz-suppressions) seed "$t" \( -name '*.sql' -o -name '*.rb' -o -name '*.py' -o -name '*.cpp' \) ;;
    fuzz-writers) mkdir -p "$build/seeds/$t"; printf 'a.sql\0create table t(email text);\0plaintext-contact-field\0m\xff\0e\0f\0user.contact.email\0fp\0rel\0note\0text\0email\0ev\0evidence\0anonymous\0anon\0view\0v' > "$build/seeds/$t/seed" ;;
  esac
  work="$build/corpus/$t"; art="$build/artifacts/$t"
  mkdir -p "$work" "$art"
  log="$build/$t.log"
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$build/fuzz/$t" "$work" "$build/seeds/$t" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$art/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n1)
  if [ $rc -ne 0 ]; then
    failed=1
    echo "$t: CRASH after ${runs:-?} runs (exit $rc); artifacts in $art, log $log"
    grep -m3 -E 'ERROR: |runtime error|SUMMARY' "$log" | sed 's/^/  /'
    entries+=("{\"name\": \"fuzz :: $t\", \"code\": \"FAIL\"}")
  else
    echo "$t: ${runs:-?} runs in ${seconds} s, no crash"
    entries+=("{\"name\": \"fuzz :: $t\", \"code\": \"PASS\"}")
  fi
done
if [ -n "$results" ]; then
  (IFS=,; printf '{"tests": [%s]}\n' "${entries[*]}") > "$results"
fi
exit $failed
