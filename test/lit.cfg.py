# lit configuration for privlint's tests. Every test runs the real binary on a
# real input and matches every diagnostic with FileCheck.
import os
import shutil

import lit.formats

config.name = "privlint"
config.test_format = lit.formats.ShTest(execute_external=False)
# Tests are annotated inputs in their own syntax (test/rules/<id>.sql, ...)
# or .test scripts. Files that are inputs, not tests, live in Inputs/ folders
# (excluded, whatever their suffix); test/tools holds the helper scripts and
# the YAML label sets under test/classify have no test suffix.
config.suffixes = [".test", ".sql", ".prisma", ".rb", ".py", ".ts", ".java", ".cpp"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in", "tools", "corpus-labels"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.privlint_obj_root, "test")

bin_dir = os.path.join(config.privlint_obj_root, "bin")
config.environment["PATH"] = os.pathsep.join(
    [bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])
config.environment["NO_COLOR"] = "1"
# The result cache (Engine/ResultCache.h) of the test runs: inside the build
# tree, never the user's.
config.environment["XDG_CACHE_HOME"] = os.path.join(config.privlint_obj_root, "test", "xdg-cache")
for var in ("HOME", "CI", "ASAN_OPTIONS", "UBSAN_OPTIONS"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

src = config.privlint_src_root
config.substitutions.append(("%privlint", os.path.join(bin_dir, "privlint")))
config.substitutions.append(("%srcroot", src))
# Before %privlint in the list: lit substitutes in order and %privlint is a prefix.
config.substitutions.insert(0, ("%privlint-datagen", os.path.join(config.privlint_obj_root, "tools", "privlint-datagen")))
config.substitutions.insert(0, ("%privlint-may-read", os.path.join(config.privlint_obj_root, "test", "tools", "privlint-may-read")))
config.substitutions.append(("%python", shutil.which("python3") or "python3"))
# The scripted LSP client (test/tools/lsp-client.py): commands on LSP: lines.
config.substitutions.append(("%lsp-client", "%s %s" % (shutil.which("python3") or "python3",
                                                        os.path.join(src, "test", "tools", "lsp-client.py"))))
config.substitutions.append(("%check-all", "FileCheck --implicit-check-not='{{warning|error|note}}:'"))

# The shared corpus of third-party schemas sits next to the checkout. A fresh
# clone does not have it: corpus tests are then UNSUPPORTED, except in CI where
# its absence is a failure.
corpus = os.environ.get("PRIVLINT_CORPUS", os.path.normpath(os.path.join(src, "..", "shared", "corpus")))
if os.path.isdir(corpus):
    config.available_features.add("corpus")
    config.substitutions.append(("%corpus", corpus))
elif os.environ.get("CI") == "true":
    lit_config.fatal("CI=true but the shared corpus is missing at " + corpus)
else:
    config.substitutions.append(("%corpus", corpus))

multitool = os.path.join(src, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
if os.path.exists(multitool):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(
        ("%validate-sarif", "%s %s %s" % (shutil.which("python3") or "python3",
                                          os.path.join(src, "test", "tools", "validate-sarif.py"),
                                          multitool)))
elif os.environ.get("CI") == "true":
    lit_config.fatal("CI=true but the SARIF Multitool is missing (run scripts/setup.sh)")

# The Clang front doors: the module and plugin load into Debian's clang 19.
lib_dir = os.path.join(config.privlint_obj_root, "lib")
# Before %privlint in the list: lit substitutes in order and %privlint is a prefix.
config.substitutions.insert(0, ("%privlint-plugin", os.path.join(lib_dir, "libprivlint-plugin.so")))
config.substitutions.insert(0, ("%privlint-tidy", os.path.join(lib_dir, "libprivlint-tidy.so")))
config.substitutions.append(("%clangxx", os.path.join(config.llvm_tools_dir, "clang++")))
config.substitutions.append(("%clang-tidy", os.path.join(config.llvm_tools_dir, "clang-tidy")))

# clangd for `privlint lsp --clangd` (scripts/setup.sh installs clangd-19).
if shutil.which("clangd-19"):
    config.available_features.add("clangd")
elif os.environ.get("CI") == "true":
    lit_config.fatal("CI=true but clangd-19 is missing (run scripts/setup.sh)")

# Neovim (0.7 from Debian) as a real LSP client (scripts/setup.sh installs it).
if shutil.which("nvim"):
    config.available_features.add("neovim")
elif os.environ.get("CI") == "true":
    lit_config.fatal("CI=true but nvim is missing (run scripts/setup.sh)")

if config.privlint_sanitize in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("sanitizer")

# Feature `pyyaml`: the %python interpreter can import PyYAML, which
# test/tools/validate-json.py --yaml needs to validate YAML documents
# (.privlint.yaml files, Fides manifests) against their JSON Schemas (ruby is
# not available to convert YAML).
import subprocess
try:
    if subprocess.run([shutil.which("python3") or "python3", "-c", "import yaml"],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60).returncode == 0:
        config.available_features.add("pyyaml")
except (OSError, subprocess.SubprocessError):
    pass

# The data map's browser tests: Debian's chromium (headless) and axe-core
# from the pinned npm manifest. Without them the tests are UNSUPPORTED, except
# in CI, where their absence is a failure.
axe = os.path.join(src, "node_modules", "axe-core", "axe.min.js")
if shutil.which("chromium") and os.path.exists(axe):
    config.available_features.add("chromium")
    config.substitutions.append(("%axe", axe))
elif os.environ.get("CI") == "true":
    lit_config.fatal("CI=true but chromium or axe-core is missing (run scripts/setup.sh)")
