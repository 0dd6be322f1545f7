#!/usr/bin/env python3
"""Checks the `files:` regexes of the pre-commit hooks against the engine.

Usage: check-hook-files.py SRC_ROOT MAY_READ [CORPUS]

SRC_ROOT/.pre-commit-hooks.yaml defines the hook `privlint` (every kind
privlint reads without extra configuration) and `privlint-cxx` (C and C++).
MAY_READ is test/tools/privlint-may-read: for each path it prints which
frontends' mayClaim() accept it. Over a large set of paths -- every file of
the source tree's tests and examples, of the corpus, and names built from
every extension seen there and common ones, in several directories and
letter cases -- a hook's regex must match exactly the paths its frontends
accept (pre-commit applies it with re.search to repository-relative paths).
The `repo: local` examples of docs/ci.md and the test's local configuration
must use the same regexes.
"""
import os
import re
import subprocess
import sys

import yaml

COMMON_EXTENSIONS = """
    sql psql pgsql mysql sqlite prisma rb erb rake gemspec py pyi pyc pyx ipynb
    ts mts cts tsx js mjs cjs jsx java kt kts scala groovy gradle go rs c h cc
    cpp cxx c++ hh hpp hxx h++ ipp inl m mm swift cs fs vb php pl pm lua r dart
    ex exs erl hs ml clj json yaml yml toml ini cfg conf xml html css md rst txt
    csv tsv lock sh bash zsh ps1 bat graphql proto avsc tf hcl dockerfile env
    d dts sqlx jinja j2 tmpl bak orig swp
""".split()

DIRECTORIES = [
    "", "db/", "db/migrate/", "db/migrate/old/", "x/db/migrate/", "app/db/migrate/",
    "app/models/", "app/models/concerns/", "x/app/models/", "models/", "app/",
    "migrate/", "prisma/", "prisma/migrations/20240101_init/", "src/entity/",
    "src/main/java/com/acme/", ".hidden/", "a.sql/",
]

BASENAMES = ["schema", "structure", "migration", "user", "x.d", ".d", "", ".", "a b", "é"]


def hook_regexes(path):
    with open(path, encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    return {h["id"]: h["files"] for h in hooks}


def local_hook_regexes(text):
    """`files:` of every hook of every `repo: local` YAML block in text."""
    found = {}
    for block in re.findall(r"```yaml\n(.*?)```", text, re.S) or [text]:
        try:
            doc = yaml.safe_load(block)
        except yaml.YAMLError:
            continue
        if not isinstance(doc, dict):
            continue
        for repo in doc.get("repos") or []:
            if repo.get("repo") == "local":
                for h in repo.get("hooks") or []:
                    found.setdefault(h["id"], []).append(h.get("files"))
    return found


def tree_paths(root, top):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules", "build")]
        for name in filenames:
            yield os.path.relpath(os.path.join(dirpath, name), top).replace(os.sep, "/")


def extension(path):
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot + 1:] if dot > 0 else None


def candidates(src, corpus):
    paths = set()
    for sub in ("test", "examples", "docs"):
        paths.update(tree_paths(os.path.join(src, sub), src))
    if corpus and os.path.isdir(corpus):
        paths.update(tree_paths(corpus, corpus))
    exts = {e for e in map(extension, paths) if e} | set(COMMON_EXTENSIONS)
    for ext in sorted(exts):
        for variant in {ext, ext.upper(), ext[:1].upper() + ext[1:]}:
            for d in DIRECTORIES:
                for base in BASENAMES:
                    paths.add(d + base + "." + variant)
                    paths.add(d + base + ".d." + variant)
    for d in DIRECTORIES:
        for name in ("schema.rb", "schema.RB", "Schema.rb", "structure.sql", "migration.sql",
                     "schema.prisma", ".rb", ".sql", ".ts", ".d.ts", "x.D.ts", "rb", "sql"):
            paths.add(d + name)
    return sorted(p for p in paths if "\n" not in p)


def main():
    src, may_read = sys.argv[1], sys.argv[2]
    corpus = sys.argv[3] if len(sys.argv) > 3 else None
    hooks = hook_regexes(os.path.join(src, ".pre-commit-hooks.yaml"))
    failures = []
    if set(hooks) != {"privlint", "privlint-cxx"}:
        failures.append("hook ids are %s, expected privlint and privlint-cxx" % sorted(hooks))

    # The local-hook example of the docs uses the same regexes (the test's
    # local config takes them from .pre-commit-hooks.yaml).
    for doc in ("docs/ci.md",):
        with open(os.path.join(src, doc), encoding="utf-8") as f:
            local = local_hook_regexes(f.read().replace("@PRIVLINT@", "privlint"))
        if "privlint" not in local:
            failures.append("%s: no `repo: local` hook privlint" % doc)
        for hook_id, regexes in local.items():
            for r in regexes:
                if r != hooks.get(hook_id):
                    failures.append("%s: hook %s has files: %r, .pre-commit-hooks.yaml %r"
                                    % (doc, hook_id, r, hooks.get(hook_id)))

    paths = candidates(src, corpus)
    out = subprocess.run([may_read], input="".join(p + "\n" for p in paths),
                         capture_output=True, text=True, check=True).stdout
    readers = {}
    for line in out.splitlines():
        ids, path = line.split("\t", 1)
        readers[path] = set(filter(None, ids.split(",")))
    if len(readers) != len(paths):
        failures.append("privlint-may-read answered %d of %d paths" % (len(readers), len(paths)))

    regex = {h: re.compile(r) for h, r in hooks.items()}
    counts = {h: 0 for h in hooks}
    for path in paths:
        ids = readers.get(path, set())
        wanted = {"privlint": bool(ids - {"cxx"}), "privlint-cxx": "cxx" in ids}
        for hook_id, rx in regex.items():
            matched = rx.search(path) is not None
            counts[hook_id] += matched
            if matched != wanted.get(hook_id, False):
                failures.append("%s: hook %s %s it, the frontends %s"
                                % (path, hook_id, "matches" if matched else "does not match",
                                   "read it (%s)" % ",".join(sorted(ids)) if ids else "do not"))
    for f in failures:
        print("error: " + f)
    print("%d paths; hook privlint matches %d, privlint-cxx %d; %d mismatches"
          % (len(paths), counts.get("privlint", 0), counts.get("privlint-cxx", 0), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
