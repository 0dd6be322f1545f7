#!/usr/bin/env python3
"""Write a generated PostgreSQL schema with N tables (test-only, for the data map).

Usage: gen-large-schema.py N OUT.sql

Each table has an id, three or four personal-data columns drawn from a fixed
list (contact data, names, a hashed or encrypted column) and a timestamp;
every 12th table is granted to anon (a Supabase-style exposure), every 40th
is read through a view granted to anon. Deterministic: the same N gives the
same bytes.
"""
import sys

COLUMNS = [
    "email text", "phone text", "full_name text", "street_address text", "postal_code text",
    "mobile_phone text", "email_hash text", "email_ciphertext bytea", "billing_email text",
    "date_of_birth date", "first_name text", "last_name text", "city text",
]
WORDS = ["customer", "member", "account", "patient", "student", "employee", "subscriber",
         "contact", "guest", "applicant", "driver", "tenant"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    lines = []
    for i in range(n):
        t = "public.%s_%04d" % (WORDS[i % len(WORDS)], i)
        cols = [COLUMNS[(i + k * 5) % len(COLUMNS)] for k in range(3 + i % 2)]
        cols = list(dict.fromkeys(cols))
        lines.append("CREATE TABLE %s (\n  id bigint PRIMARY KEY,\n  %s,\n  created_at timestamptz\n);"
                     % (t, ",\n  ".join(cols)))
        if i % 12 == 0:
            lines.append("GRANT SELECT ON %s TO anon;" % t)
        if i % 40 == 0:
            v = "public.%s_%04d_view" % (WORDS[i % len(WORDS)], i)
            names = ", ".join(c.split()[0] for c in cols[:2])
            lines.append("CREATE VIEW %s AS SELECT id, %s FROM %s;" % (v, names, t))
            lines.append("GRANT SELECT ON %s TO anon;" % v)
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
