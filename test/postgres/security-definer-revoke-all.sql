-- REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA reaches the functions that exist
-- then; ALTER DEFAULT PRIVILEGES ... REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC
-- covers those created later. A function created between the two keeps
-- PUBLIC's EXECUTE.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.users (id int, email text);
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:36: warning: column 'public.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.users enable row level security;

-- Negative: existed when EXECUTE was revoked for the schema.
create function public.before_revoke() returns setof public.users
language sql security definer as $$ select * from public.users $$;
revoke execute on all functions in schema public from public;

-- Positive: created after that revoke, before the default revoke.
create function public.between() returns setof public.users
language sql security definer as $$ select * from public.users $$;
-- CHECK: input.sql:[[#F:@LINE-2]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through SECURITY DEFINER function 'public.between' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[#F]]:1: note: create function public.between() returns setof public.users ...

-- Negative: created after the default revoke.
alter default privileges in schema public revoke execute on functions from public;
create function public.after_revoke() returns setof public.users
language sql security definer as $$ select * from public.users $$;

-- CHECK: 2 findings (1 error, 1 warning, 0 notes)
