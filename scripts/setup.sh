#!/usr/bin/env bash
# privlint developer/CI setup: installs dependencies, then configures and builds.
#
# Usage: scripts/setup.sh [--deps-only]
#   --deps-only   stop after installing apt packages and npm test tools
#
# Environment:
#   PRIVLINT_BUILD_DIR   build directory (default: build; relative paths are
#                        taken relative to the repo root)
#   PRIVLINT_CMAKE_ARGS  extra arguments for the cmake configure step
#                        (word-split, e.g. "-DPRIVLINT_BENCH=ON -DFOO=bar")
#   PRIVLINT_JOBS        build parallelism (default: 2)
#
# Idempotent: apt runs only when a package is missing (one `apt-get update`
# then one install), `npm ci` runs only when node_modules is missing or older
# than package-lock.json. Runnable from any working directory.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$script_dir/.." && pwd)"

deps_only=0
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=1 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '==> %s\n' "$*"; }

# ---------------------------------------------------------------- privileges
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  fi
fi

is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

apt_updated=0
apt_install() {
  # apt_install pkg... : installs the given packages (all assumed missing).
  [ "$#" -gt 0 ] || return 0
  if [ "$(id -u)" -ne 0 ] && [ "${#SUDO[@]}" -eq 0 ]; then
    echo "setup.sh: missing packages: $*" >&2
    echo "setup.sh: not root and sudo is not available; install them and re-run." >&2
    exit 1
  fi
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    "${SUDO[@]}" apt-get update
    apt_updated=1
  fi
  log "apt-get install $*"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "$@"
}

# ------------------------------------------------------------ apt packages
apt_packages=(
  cmake ninja-build g++ git python3 ccache
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tidy-19 clangd-19
  libyaml-cpp-dev nlohmann-json3-dev libpg-query-dev libsimdjson-dev
  libgtest-dev libbenchmark-dev pre-commit libtree-sitter-dev pkg-config
  libcli11-dev clang-format-19 libclang-rt-19-dev libprotobuf-dev libprotoc-dev
  python3-yaml python3-jsonschema python3-psutil neovim chromium
)

missing=()
for p in "${apt_packages[@]}"; do
  is_installed "$p" || missing+=("$p")
done
# Node: only when `node` is absent (an image may ship its own nodejs build).
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
else
  log "apt packages: all present"
fi

# npm: Debian's separate `npm` package, only if the nodejs we have does not
# bundle npm (NodeSource-style nodejs bundles it and conflicts with Debian npm).
if ! command -v npm >/dev/null 2>&1; then
  apt_install npm
fi

# ------------------------------------------------------------ npm test tools
# package.json / package-lock.json live at the repo root: the tree-sitter
# grammars CMake compiles (cmake/TreeSitterGrammars.cmake), the SARIF multitool
# and axe-core (the data map's accessibility test).
npm_dir="$root"
if [ -f "$npm_dir/package.json" ]; then
  multitool="$npm_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  if [ ! -d "$npm_dir/node_modules" ] \
     || [ "$npm_dir/package-lock.json" -nt "$npm_dir/node_modules" ] \
     || [ ! -f "$multitool" ] \
     || [ ! -f "$npm_dir/node_modules/tree-sitter-ruby/src/parser.c" ] \
     || [ ! -f "$npm_dir/node_modules/axe-core/axe.min.js" ]; then
    log "npm ci --ignore-scripts (in $npm_dir)"
    (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund)
    touch "$npm_dir/node_modules"
  else
    log "node_modules: up to date"
  fi
  # --ignore-scripts skips the package's postinstall `chmod u+x`.
  if [ -f "$multitool" ] && [ ! -x "$multitool" ]; then
    chmod u+x "$multitool"
  fi
fi

if [ "$deps_only" -eq 1 ]; then
  log "dependencies ready (--deps-only)"
  exit 0
fi

# ------------------------------------------------------- configure + build
build_dir="${PRIVLINT_BUILD_DIR:-build}"
case "$build_dir" in
  /*) ;;
  *) build_dir="$root/$build_dir" ;;
esac

if [ ! -f "$root/CMakeLists.txt" ]; then
  echo "setup.sh: $root/CMakeLists.txt not found; nothing to build." >&2
  exit 1
fi

cmake_args=(-S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if command -v ccache >/dev/null 2>&1; then
  cmake_args+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ -n "${PRIVLINT_CMAKE_ARGS:-}" ]; then
  read -r -a extra_args <<<"$PRIVLINT_CMAKE_ARGS"
  cmake_args+=("${extra_args[@]}")
fi

log "cmake ${cmake_args[*]}"
cmake "${cmake_args[@]}"
log "cmake --build $build_dir -j${PRIVLINT_JOBS:-2}"
cmake --build "$build_dir" -j"${PRIVLINT_JOBS:-2}"
log "build ok: $build_dir"
