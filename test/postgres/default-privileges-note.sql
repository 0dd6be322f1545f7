-- Regression test (was an expected failure before the fix).
-- Regression test (fixed): an exposure from default privileges has no note at the ALTER DEFAULT PRIVILEGES statement that granted it.
-- docs/sql-exposure.md: the field's definition and the other contributing
-- statements are related locations. Here the default grant contributes.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

alter default privileges in schema public grant select on tables to anon;
create table public.later (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:{{[0-9]+}}: error: role 'anon' can read contact data 'public.later.email' without authentication [contact-exposed-without-auth]
-- CHECK-DAG: input.sql:[[@LINE-2]]:36: note: 'public.later.email' is defined here
-- CHECK-DAG: input.sql:[[@LINE-4]]:1: note: alter default privileges in schema public grant select on tables to anon
-- CHECK: input.sql:[[@LINE-4]]:36: warning: column 'public.later.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- The same for functions: PUBLIC's EXECUTE is built in, anon's comes from here.
alter default privileges in schema public revoke execute on functions from public;
alter default privileges in schema public grant execute on functions to anon;
create function public.contacts() returns table (contact_phone text)
language sql security definer as $$ select '1' $$;
-- CHECK: input.sql:[[@LINE-2]]:1: error: role 'anon' can read contact data 'public.contacts.contact_phone' without authentication through SECURITY DEFINER function 'public.contacts' [contact-exposed-without-auth]
-- CHECK-DAG: input.sql:[[@LINE-3]]:{{[0-9]+}}: note: 'public.contacts.contact_phone' is defined here
-- CHECK-DAG: input.sql:[[@LINE-4]]:1: note: create function public.contacts() returns table (contact_phone text) ...
-- CHECK-DAG: input.sql:[[@LINE-6]]:1: note: alter default privileges in schema public grant execute on functions to anon

-- CHECK: 3 findings (2 errors, 1 warning, 0 notes)
