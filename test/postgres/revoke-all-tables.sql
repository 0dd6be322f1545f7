-- REVOKE ... ON ALL TABLES IN SCHEMA removes the privilege from the tables
-- that exist at that point; a table created later keeps its own grant.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- Negative: granted, then revoked for the whole schema.
create table public.old (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:34: warning: column 'public.old.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.old to anon;
revoke select on all tables in schema public from anon;

-- Positive: created and granted after the REVOKE.
create table public.new (id int, email text);
-- CHECK: input.sql:[[#NEW:@LINE-1]]:34: warning: column 'public.new.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.new to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.new.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#NEW]]:34: note: 'public.new.email' is defined here

-- CHECK: 3 findings (1 error, 2 warnings, 0 notes)
