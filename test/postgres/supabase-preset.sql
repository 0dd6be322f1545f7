-- The supabase preset (sql.preset: supabase, chosen automatically under a
-- supabase/ directory): anon and authenticated may SELECT tables and views
-- and EXECUTE functions created in public. RLS still protects tables; an
-- explicit REVOKE removes the preset's grant.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --config %S/Inputs/config/supabase.yaml %t/input.sql 2>&1 | %check-all %s --check-prefixes=CHECK,SUPA
-- Without the preset, only the SECURITY DEFINER function is exposed.
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s --check-prefixes=CHECK,PG

-- Positive: a table without RLS and no explicit grant.
create table public.profiles (id uuid, email text);
-- SUPA: input.sql:[[#PROF:@LINE-1]]:14: error: role 'anon' can read contact data 'public.profiles.email' without authentication [contact-exposed-without-auth]
-- SUPA: input.sql:[[#PROF]]:40: note: 'public.profiles.email' is defined here
-- CHECK: input.sql:[[#PROF:@LINE-3]]:40: warning: column 'public.profiles.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Negative: RLS on without a policy.
create table public.notes (id uuid, email text);
-- CHECK: input.sql:[[#NOTES:@LINE-1]]:37: warning: column 'public.notes.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.notes enable row level security;

-- Negative: outside public.
create table private.secrets (id uuid, email text);
-- CHECK: input.sql:[[@LINE-1]]:40: warning: column 'private.secrets.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Negative: the preset's grant revoked explicitly.
create table public.revoked (id uuid, email text);
-- CHECK: input.sql:[[@LINE-1]]:39: warning: column 'public.revoked.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
revoke select on public.revoked from anon;

-- Positive: a default view over the RLS-protected table.
create view public.v as select id, email from public.notes;
-- SUPA: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.notes.email' without authentication through view 'public.v' [contact-exposed-without-auth]
-- SUPA: input.sql:[[#NOTES]]:37: note: 'public.notes.email' is defined here
-- SUPA: input.sql:[[@LINE-3]]:1: note: create view public.v as select id, email from public.notes

-- Positive either way: a SECURITY DEFINER function (PUBLIC executes it by default).
create function public.f() returns table (email text) language sql security definer as $$ select email from public.notes $$;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.f.email' without authentication through SECURITY DEFINER function 'public.f' [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-2]]:49: note: 'public.f.email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: note: create function public.f() returns table (email text) language sql security definer as $$ select email from public.notes $$

-- SUPA: 7 findings (3 errors, 4 warnings, 0 notes)
-- PG: 5 findings (1 error, 4 warnings, 0 notes)

-- Automatic under a supabase/ directory, with no configuration.
-- RUN: cd %S/Inputs/supabase-project && not %privlint check supabase/migrations/20240101000000_profiles.sql 2>&1 | %check-all %s --check-prefix=AUTO
-- AUTO: supabase/migrations/20240101000000_profiles.sql:1:14: error: role 'anon' can read contact data 'public.profiles.email' without authentication [contact-exposed-without-auth]
-- AUTO: supabase/migrations/20240101000000_profiles.sql:1:52: note: 'public.profiles.email' is defined here
-- AUTO: supabase/migrations/20240101000000_profiles.sql:1:52: warning: column 'public.profiles.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- AUTO: 2 findings (1 error, 1 warning, 0 notes)
