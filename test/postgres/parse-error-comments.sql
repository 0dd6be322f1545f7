-- CHECK: input.sql: note: read as PostgreSQL (guessed from its content); if that is wrong, pass --dialect postgres|mysql|sqlite or set sql.dialect
-- Regression test (fixed): CREATE TABLE column recovery does not skip SQL comments: a '(' or quote in a comment, a comma in a comment, or >~200 bytes of comments before the statement defeat it.
-- Each table below has a PostgreSQL 18 VIRTUAL column. Its other columns
-- must still be read, whatever the comments around them say.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
SET search_path = public;
-- A comment before the table (with a parenthesis) is not part of its columns.
create table public.a (
  email text,
  email_lower text generated always as (lower(email)) virtual,
  phone text
);
SET search_path = public;
create table public.b (
  email text, -- the customer's address
  email_lower text generated always as (lower(email)) virtual,
  phone text
);
SET search_path = public;
create table public.c (
  email text, -- primary, verified
  email_lower text generated always as (lower(email)) virtual,
  phone text
);
SET search_path = public;
-- A long description of the table above it, as migrations often have. It runs
-- over two hundred bytes in total, so that the start of the CREATE TABLE
-- statement, comments included, is further than that from the keyword TABLE.
create table public.d (
  email text,
  email_lower text generated always as (lower(email)) virtual,
  phone text
);
-- CHECK: input.sql:10:3: warning: column 'public.a.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:11:55: error: syntax error at or near "virtual"; this column definition was skipped
-- CHECK: input.sql:12:3: warning: column 'public.a.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:16:3: warning: column 'public.b.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:17:55: error: syntax error at or near "virtual"; this column definition was skipped
-- CHECK: input.sql:18:3: warning: column 'public.b.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:22:3: warning: column 'public.c.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:23:55: error: syntax error at or near "virtual"; this column definition was skipped
-- CHECK: input.sql:24:3: warning: column 'public.c.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:31:3: warning: column 'public.d.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:32:55: error: syntax error at or near "virtual"; this column definition was skipped
-- CHECK: input.sql:33:3: warning: column 'public.d.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: 12 findings (4 errors, 8 warnings, 0 notes)
