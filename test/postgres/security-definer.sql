-- SECURITY DEFINER functions run with their owner's rights. PUBLIC may execute
-- every new function unless that is revoked, so one in an exposed schema
-- exposes the contact columns it returns: RETURNS SETOF t stands for t's
-- columns, RETURNS TABLE (...) columns are judged by name and type.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.users (id int, email text, phone text);
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:36: warning: column 'public.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[#PHONE:@LINE-2]]:48: warning: column 'public.users.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
alter table public.users enable row level security;

-- Positive: RETURNS SETOF users, executable by PUBLIC by default.
create function public.all_users() returns setof public.users
language sql security definer as $$ select * from public.users $$;
-- CHECK: input.sql:[[#F1:@LINE-2]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through SECURITY DEFINER function 'public.all_users' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[#F1]]:1: note: create function public.all_users() returns setof public.users ...
-- CHECK: input.sql:[[#F1]]:1: error: role 'anon' can read contact data 'public.users.phone' without authentication through SECURITY DEFINER function 'public.all_users' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:48: note: 'public.users.phone' is defined here
-- CHECK: input.sql:[[#F1]]:1: note: create function public.all_users() returns setof public.users ...

-- Positive: RETURNS TABLE (email text).
create function public.emails() returns table (id int, email text)
language sql security definer as $$ select id, email from public.users $$;
-- CHECK: input.sql:[[#F2:@LINE-2]]:1: error: role 'anon' can read contact data 'public.emails.email' without authentication through SECURITY DEFINER function 'public.emails' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#F2]]:62: note: 'public.emails.email' is defined here
-- CHECK: input.sql:[[#F2]]:1: note: create function public.emails() returns table (id int, email text) ...

-- Negative: EXECUTE revoked from PUBLIC.
create function public.emails_revoked() returns table (id int, email text)
language sql security definer as $$ select id, email from public.users $$;
revoke execute on function public.emails_revoked() from public;
create function public.emails_revoked_all(uid int) returns setof public.users
language sql security definer as $$ select * from public.users $$;
revoke all on function public.emails_revoked_all(int) from public;

-- Positive: revoked from PUBLIC, then granted to anon (at the GRANT).
create function public.emails_anon() returns table (email text)
language sql security definer as $$ select email from public.users $$;
revoke execute on function public.emails_anon() from public;
grant execute on function public.emails_anon() to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.emails_anon.email' without authentication through SECURITY DEFINER function 'public.emails_anon' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#F3:@LINE-5]]:{{[0-9]+}}: note: 'public.emails_anon.email' is defined here
-- CHECK: input.sql:[[#F3]]:1: note: create function public.emails_anon() returns table (email text) ...

-- Negative: SECURITY INVOKER (the default) runs with the caller's rights.
create function public.emails_invoker() returns table (id int, email text)
language sql as $$ select id, email from public.users $$;

-- Negative: outside the exposed schemas.
create function private.emails_private() returns table (id int, email text)
language sql security definer as $$ select id, email from public.users $$;

-- Negative: returned columns that are not plaintext contact data.
create function public.stats() returns table (id int, email_count int, email bytea)
language sql security definer as $$ select 1, 2, null::bytea $$;

-- CHECK: 6 findings (4 errors, 2 warnings, 0 notes)
