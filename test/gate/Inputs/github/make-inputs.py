"""Writes the inputs of github-format.test under the directory argv[1].

Generated rather than checked in: the escaping case needs ',', ':' and '%' in
a directory and a file name and a CR LF inside a quoted identifier, which a
checkout (core.autocrlf) or lit's RUN-line parsing could alter.
"""
import os
import sys

root = sys.argv[1]


def write(rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


write(".privlint.yaml", b"version: 1\n")
# Entity and field names with the characters GitHub workflow commands escape.
write("d,1:2%/m,x:y%.sql",
      b'create table public."a,b:c%" (\n'
      b'  id bigint,\n'
      b'  "email:x,y%" text,\n'
      b'  "home\r\nphone" text\n'
      b');\n'
      b'grant select on public."a,b:c%" to anon;\n')


def table(n):
    cols = "".join("  email_%02d text,\n" % i for i in range(1, n + 1))
    return ("create table public.t (\n%s  id int\n);\ngrant select on public.t to anon;\n" % cols).encode()


# 11 warnings and 11 errors: more than GitHub shows per level.
write("sub/many/001_t.sql", table(11))
# Exactly 10 of each: no summary.
write("sub/ten/001_t.sql", table(10))
