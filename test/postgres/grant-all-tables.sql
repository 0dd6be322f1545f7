-- GRANT ... ON ALL TABLES IN SCHEMA applies, as in PostgreSQL, to the tables
-- (and views) that exist at that point, not to later ones.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.before (id int, email text);
-- CHECK: input.sql:[[#BEFORE:@LINE-1]]:37: warning: column 'public.before.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
create view public.before_v as select id, email from public.before;
create table private.elsewhere (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'private.elsewhere.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

grant select on all tables in schema public to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.before.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#BEFORE]]:37: note: 'public.before.email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.before.email' without authentication through view 'public.before_v' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#BEFORE]]:37: note: 'public.before.email' is defined here
-- CHECK: input.sql:[[@LINE-9]]:1: note: create view public.before_v as select id, email from public.before

-- Negative: created after the grant.
create table public.after (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'public.after.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- CHECK: 5 findings (2 errors, 3 warnings, 0 notes)
