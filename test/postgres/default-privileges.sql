-- ALTER DEFAULT PRIVILEGES ... GRANT/REVOKE ... ON TABLES applies to tables
-- created after it, not to existing ones. The FOR ROLE clause is ignored.
-- The error is at the CREATE TABLE that received the default grant.
-- (The note pointing at the ALTER DEFAULT PRIVILEGES statement is missing:
-- see default-privileges-note.sql.)
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- Negative: created before the default grant.
create table public.before (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:37: warning: column 'public.before.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

alter default privileges in schema public grant select on tables to anon;

-- Positive: created after it.
create table public.later (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:14: error: role 'anon' can read contact data 'public.later.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-2]]:36: note: 'public.later.email' is defined here
-- CHECK: input.sql:13:1: note: alter default privileges in schema public grant select on tables to anon
-- CHECK: input.sql:[[@LINE-4]]:36: warning: column 'public.later.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Negative: created after it, then revoked on the object.
create table public.revoked (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.revoked.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
revoke select on public.revoked from anon;

-- Negative: a table in another schema is not covered by IN SCHEMA public.
create table private.other (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:37: warning: column 'private.other.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

alter default privileges in schema public revoke select on tables from anon;

-- Negative: created after the default REVOKE.
create table public.after_revoke (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:43: warning: column 'public.after_revoke.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Without IN SCHEMA, and with FOR ROLE (not tracked: assumed to apply).
alter default privileges for role app_owner grant select on tables to anon;
create table public.multi (
  id int,
  phone text);
-- CHECK: input.sql:[[@LINE-3]]:14: error: role 'anon' can read contact data 'public.multi.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-2]]:3: note: 'public.multi.phone' is defined here
-- CHECK: input.sql:38:1: note: alter default privileges for role app_owner grant select on tables to anon
-- CHECK: input.sql:[[@LINE-4]]:3: warning: column 'public.multi.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- CHECK: 8 findings (2 errors, 6 warnings, 0 notes)
