#!/usr/bin/env python3
"""Deterministic generator of a realistic PostgreSQL DDL file for benchmarks.

Usage: gen_ddl.py [--bytes N] [--seed S] OUT      (OUT may be "-" for stdout)

Writes CREATE TABLE statements with 5-15 columns of varied types (bigserial,
text, varchar(n), integer, boolean, timestamptz, jsonb, bytea, numeric(10,2),
uuid, text[]). About 10% of the non-key columns are contact data (email,
phone, address_line1, city, postal_code, contact_email, billing_phone, ...);
about a quarter are look-alikes that are not contact data (email_verified
boolean, phone_confirmed_at timestamptz, email_template_id, ...), the rest are
ordinary (created_at, name, status, ...). Every few tables it also emits
COMMENT ON COLUMN, CREATE INDEX, ALTER TABLE ... ENABLE ROW LEVEL SECURITY,
GRANT SELECT ... TO anon and CREATE POLICY ... USING (true).

The output is a pure function of (--bytes, --seed): same arguments, same
bytes, on any machine and Python 3 version (only random.Random with integer
seeds and choice/randint/random are used). It is at most N bytes and stops at
a statement boundary, so it is slightly smaller than N.
"""

import argparse
import random
import sys

ENTITIES = [
    "user", "customer", "account", "profile", "member", "subscriber", "influencer",
    "creator", "brand", "campaign", "order", "invoice", "payment", "shipment",
    "delivery", "product", "listing", "review", "ticket", "message", "session",
    "device", "referral", "coupon", "subscription", "contract", "vendor",
    "supplier", "employee", "applicant", "lead", "contact", "organization",
    "team", "project", "task", "event", "booking", "reservation", "venue",
    "store", "warehouse", "cart", "wishlist", "notification", "audit_entry",
    "payout", "refund", "dispute", "agency",
]
QUALIFIERS = [
    "", "", "", "archived_", "pending_", "external_", "legacy_", "daily_",
    "partner_", "internal_", "staging_", "public_",
]
SCHEMAS = ["", "", "", "", "app.", "billing.", "crm."]

# (name, type) -- contact-like: real personal contact data.
CONTACT = [
    ("email", "text"), ("email", "varchar(255)"), ("phone", "varchar(32)"),
    ("phone", "text"), ("address_line1", "text"), ("address_line2", "text"),
    ("city", "varchar(100)"), ("postal_code", "varchar(16)"),
    ("contact_email", "text"), ("billing_phone", "varchar(32)"),
    ("billing_email", "varchar(320)"), ("mobile_phone", "varchar(32)"),
    ("street_address", "text"), ("zip_code", "varchar(10)"),
]
# look-alikes: names that mention contact words but hold no contact data.
LOOKALIKE = [
    ("email_verified", "boolean"), ("phone_confirmed_at", "timestamptz"),
    ("email_template_id", "integer"), ("phone_count", "integer"),
    ("email_opt_in", "boolean"), ("address_type", "varchar(20)"),
    ("city_id", "integer"), ("email_bounce_count", "integer"),
    ("phone_verified", "boolean"), ("email_sent_at", "timestamptz"),
    ("postal_region_code", "varchar(8)"), ("email_domain_allowlist", "text[]"),
    ("contact_preference", "varchar(16)"), ("email_settings", "jsonb"),
    ("address_validated", "boolean"), ("phone_country_code_default", "varchar(4)"),
]
ORDINARY = [
    ("created_at", "timestamptz"), ("updated_at", "timestamptz"),
    ("deleted_at", "timestamptz"), ("name", "text"), ("title", "varchar(200)"),
    ("status", "varchar(32)"), ("description", "text"), ("slug", "varchar(120)"),
    ("amount", "numeric(10,2)"), ("total", "numeric(10,2)"),
    ("price", "numeric(10,2)"), ("quantity", "integer"), ("position", "integer"),
    ("priority", "integer"), ("is_active", "boolean"), ("is_public", "boolean"),
    ("archived", "boolean"), ("metadata", "jsonb"), ("settings", "jsonb"),
    ("payload", "jsonb"), ("tags", "text[]"), ("labels", "text[]"),
    ("thumbnail", "bytea"), ("checksum", "bytea"), ("external_id", "uuid"),
    ("public_id", "uuid"), ("version", "integer"), ("locale", "varchar(10)"),
    ("currency", "varchar(3)"), ("score", "numeric(10,2)"), ("kind", "text"),
    ("notes", "text"), ("source", "varchar(64)"), ("expires_at", "timestamptz"),
    ("started_at", "timestamptz"), ("finished_at", "timestamptz"),
    ("retry_count", "integer"), ("flags", "integer"), ("color", "varchar(7)"),
    ("timezone", "text"),
]
COMMENTS_CONTACT = [
    "pii:email", "pii:phone", "pii:address", "contact data, visible to support only",
    "Customer-provided contact detail", "PII - do not export",
]
COMMENTS_OTHER = [
    "Set by the billing job", "Denormalized for reporting", "UTC",
    "Soft delete marker", "Managed by the sync worker", "See docs/schema.md",
]
ROLES = ["anon", "authenticated", "reporting", "service_role"]


def plural(word):
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def default_for(typ, rng):
    if typ == "timestamptz":
        return " DEFAULT now()"
    if typ == "boolean":
        return " DEFAULT %s" % rng.choice(["false", "true"])
    if typ == "integer":
        return " DEFAULT 0"
    if typ == "jsonb":
        return " DEFAULT '{}'::jsonb"
    if typ == "text[]":
        return " DEFAULT '{}'"
    if typ.startswith("varchar") or typ == "text":
        return " DEFAULT ''"
    return ""


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.n = 0
        self.tables = []  # qualified names of tables emitted so far

    def pick_column(self, used):
        rng = self.rng
        for _ in range(20):
            r = rng.random()
            if r < 0.10:
                cat, pool = "contact", CONTACT
            elif r < 0.35:
                cat, pool = "lookalike", LOOKALIKE
            else:
                cat, pool = "ordinary", ORDINARY
            name, typ = rng.choice(pool)
            if name not in used:
                return cat, name, typ
        # fall back to a unique generic column
        name = "attr_%d" % len(used)
        return "ordinary", name, rng.choice(["text", "integer", "jsonb"])

    def table(self):
        rng = self.rng
        self.n += 1
        base = rng.choice(QUALIFIERS) + rng.choice(ENTITIES)
        table = "%s%s_%d" % (rng.choice(SCHEMAS), plural(base), self.n)
        short = table.split(".")[-1]
        ncols = rng.randint(5, 15)
        used = {"id"}
        cols = []  # (cat, name, type)
        lines = ["  id bigserial PRIMARY KEY"]
        for _ in range(ncols - 1):
            cat, name, typ = self.pick_column(used)
            used.add(name)
            cols.append((cat, name, typ))
            line = "  %s %s" % (name, typ)
            if name in ("created_at", "updated_at"):
                line += " NOT NULL DEFAULT now()"
            else:
                if rng.random() < 0.25:
                    line += " NOT NULL"
                if rng.random() < 0.15:
                    line += default_for(typ, rng)
                if cat == "contact" and name.endswith("email") and rng.random() < 0.3:
                    line += " UNIQUE"
            lines.append(line)
        if self.tables and rng.random() < 0.35:
            parent, parent_base = rng.choice(self.tables[-50:])
            fk = "%s_id" % parent_base
            if fk not in used:
                used.add(fk)
                lines.append("  %s bigint REFERENCES %s (id) ON DELETE CASCADE" % (fk, parent))
        out = []
        if rng.random() < 0.2:
            out.append("-- %s: generated table #%d\n" % (short, self.n))
        out.append("CREATE TABLE %s%s (\n%s\n);\n" % (
            "IF NOT EXISTS " if rng.random() < 0.1 else "", table, ",\n".join(lines)))

        # COMMENT ON COLUMN: contact columns more often than others
        for cat, name, typ in cols:
            p = 0.35 if cat == "contact" else 0.04
            if rng.random() < p:
                text = rng.choice(COMMENTS_CONTACT if cat == "contact" else COMMENTS_OTHER)
                out.append("COMMENT ON COLUMN %s.%s IS '%s';\n" % (table, name, text.replace("'", "''")))
        if rng.random() < 0.15:
            out.append("COMMENT ON TABLE %s IS 'Generated table %d';\n" % (table, self.n))
        # indexes
        if cols and rng.random() < 0.5:
            cat, name, typ = rng.choice(cols)
            method = " USING gin" if typ in ("jsonb", "text[]") else ""
            uniq = "UNIQUE " if cat == "contact" and "email" in name and rng.random() < 0.5 else ""
            out.append("CREATE %sINDEX %s_%s_idx ON %s%s (%s);\n" % (uniq, short, name, table, method, name))
        if rng.random() < 0.1:
            out.append("CREATE INDEX %s_created_idx ON %s (id DESC) WHERE id > 0;\n" % (short, table))
        # row level security / grants / policies every few tables
        if self.n % 3 == 0 or rng.random() < 0.1:
            out.append("ALTER TABLE %s ENABLE ROW LEVEL SECURITY;\n" % table)
        if self.n % 4 == 0 or rng.random() < 0.08:
            role = "anon" if rng.random() < 0.6 else rng.choice(ROLES)
            privs = rng.choice(["SELECT", "SELECT", "SELECT, INSERT", "SELECT, UPDATE"])
            out.append("GRANT %s ON %s TO %s;\n" % (privs, table, role))
        if self.n % 5 == 0 or rng.random() < 0.05:
            role = rng.choice(["anon", "public", "authenticated"])
            using = "true" if rng.random() < 0.6 else "id > 0"
            out.append("CREATE POLICY %s_read ON %s FOR SELECT TO %s USING (%s);\n"
                       % (short, table, role, using))
        if self.n % 7 == 0 and rng.random() < 0.5:
            out.append("ALTER TABLE %s ADD COLUMN %s text;\n" % (
                table, rng.choice(["notes_internal", "contact_email_backup", "legacy_ref"])))
        out.append("\n")
        self.tables.append((table, base))
        return "".join(out)


def generate(nbytes, seed):
    g = Gen(seed)
    parts = []
    header = ("-- Synthetic PostgreSQL schema for privlint benchmarks.\n"
              "-- gen_ddl.py --bytes %d --seed %d\n\n" % (nbytes, seed))
    schemas = "".join("CREATE SCHEMA IF NOT EXISTS %s;\n" % s.rstrip(".") for s in SCHEMAS if s)
    schemas = "".join(sorted(set(schemas.splitlines(True)))) + "\n"
    size = len(header) + len(schemas)
    parts.extend([header, schemas])
    while True:
        block = g.table()
        b = len(block.encode("utf-8"))
        if size + b > nbytes:
            break
        parts.append(block)
        size += b
    return "".join(parts), g.n - 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bytes", type=int, default=2000000, help="target size in bytes (default 2000000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("out", help="output file, or - for stdout")
    a = ap.parse_args()
    if a.bytes < 1024:
        ap.error("--bytes must be at least 1024")
    text, ntables = generate(a.bytes, a.seed)
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("gen_ddl: wrote %s: %d bytes, %d tables (seed %d)" % (a.out, len(text.encode("utf-8")), ntables, a.seed),
              file=sys.stderr)


if __name__ == "__main__":
    main()
