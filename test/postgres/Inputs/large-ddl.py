"""Writes a PostgreSQL file of about 850 KB (over the 512 KiB above which
privlint parses in chunks) to standard output: one table with a contact
column on line 1, 4,000 tables without one, the statements given as
arguments (one a line, from line 4,002), 6,000 more tables without one, and
last a contact column granted to anon. Deterministic."""
import sys

out = ["create table public.first_t (email text);"]
filler = ("create table public.f{} (id bigint, note text default 'a;b(', "
          "created_at timestamptz);")
out += [filler.format(i) for i in range(4000)]
out += sys.argv[1:]
out += [filler.format(i) for i in range(4000, 10000)]
out += ["create table public.last_t (email text);",
        "grant select on public.last_t to anon;"]
sys.stdout.write("\n".join(out) + "\n")
