-- REVOKE removes what was granted; revoking the table privilege also revokes
-- column privileges; REVOKE ... ON ALL TABLES IN SCHEMA reaches existing tables.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- Negative: granted, then revoked.
create table public.a (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.a.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.a to anon;
revoke select on public.a from anon;

-- Negative: a column grant, then the table privilege revoked.
create table public.b (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.b.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select (id, email) on public.b to anon;
revoke select on public.b from anon;

-- Negative: REVOKE ALL.
create table public.c (id int, phone text);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.c.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant all on public.c to public;
revoke all on public.c from public;

-- Positive: revoked from anon, but PUBLIC still holds it.
create table public.d (id int, email text);
-- CHECK: input.sql:[[#D:@LINE-1]]:32: warning: column 'public.d.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.d to public;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.d.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#D]]:32: note: 'public.d.email' is defined here
revoke select on public.d from anon;

-- Positive: revoked, then granted again.
create table public.e (id int, email text);
-- CHECK: input.sql:[[#E:@LINE-1]]:32: warning: column 'public.e.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.e to anon;
revoke select on public.e from anon;
grant select on public.e to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.e.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#E]]:32: note: 'public.e.email' is defined here

-- Positive: REVOKE of one column leaves the other granted columns.
create table public.f (id int, email text, phone text);
-- CHECK: input.sql:[[#F:@LINE-1]]:32: warning: column 'public.f.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:44: warning: column 'public.f.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant select (email, phone) on public.f to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.f.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#F]]:32: note: 'public.f.email' is defined here
revoke select (phone) on public.f from anon;

-- CHECK: 10 findings (3 errors, 7 warnings, 0 notes)
