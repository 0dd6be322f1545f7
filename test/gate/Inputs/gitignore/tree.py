#!/usr/bin/env python3
"""The tree of gitignore.test, and the comparison of what privlint read with
what git lists.

  tree.py make DIR            writes the ignore files and the .sql files
  tree.py compare JSON LIST   JSON: privlint check --format json; LIST: the
                              NUL-separated output of git ls-files -co
                              --exclude-standard -z. Prints the .sql files
                              of one and not the other, then a count.
"""
import json
import os
import sys

GITIGNORE = {
    ".gitignore": "\n".join([
        "# a comment, then a blank line",
        "",
        "*.tmp.sql",
        "/anchored.sql",
        "build-out/",
        "a/**/b/",
        "**/deep/*.gen.sql",
        "logs/**",
        "!logs/keep.sql",
        "secret-*.sql",
        "!secret-ok.sql",
        "dironly/",
        "!dironly/f.sql",
        "\\#hash.sql",
        "trailing.sql\\ ",
        "spaces.sql   ",
        "[abc]x.sql",
        "doc/*.sql",
        "",
    ]),
    "sub/.gitignore": "\n".join([
        "!*.tmp.sql",
        "local.sql",
        "/top-only.sql",
        "",
    ]),
    ".git/info/exclude": "excluded-by-info.sql\n",
}

FILES = [
    "keep.sql", "x.tmp.sql", "anchored.sql", "sub/anchored.sql", "build-out/a.sql",
    "build-out.sql", "a/b/x.sql", "a/x/y/b/z.sql", "a/b.sql", "q/deep/x.gen.sql",
    "deep/y.gen.sql", "q/deep/x.sql", "logs/a.sql", "logs/keep.sql", "logs/in/a.sql",
    "secret-1.sql", "secret-ok.sql", "dironly/f.sql", "x/dironly/f.sql", "dironly.sql",
    "#hash.sql", "trailing.sql ", "trailing.sql", "spaces.sql", "ax.sql", "dx.sql",
    "doc/d.sql", "x/doc/d.sql", "sub/y.tmp.sql", "sub/local.sql", "sub/top-only.sql",
    "sub/deeper/top-only.sql", "sub/deeper/local.sql", "excluded-by-info.sql",
    "sub/excluded-by-info.sql",
]


def make(root):
    for name, text in GITIGNORE.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    for i, name in enumerate(FILES):
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write("create table public.t%d (email text);\n" % i)


def compare(report, listing):
    with open(report) as f:
        read = {os.path.normpath(x["file"]) for x in json.load(f)["findings"]}
    with open(listing, "rb") as f:
        listed = {os.path.normpath(p.decode()) for p in f.read().split(b"\0") if p}
    listed = {p for p in listed if p.endswith(".sql")}
    for p in sorted(read - listed):
        print("read, but git ignores it: %r" % p)
    for p in sorted(listed - read):
        print("git lists it, not read: %r" % p)
    print("%d files read, %d listed by git, %d different" % (len(read), len(listed), len(read ^ listed)))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3])
