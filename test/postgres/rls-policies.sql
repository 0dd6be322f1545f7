-- Row level security and policies, for a table granted to anon:
--   RLS off                                    -> exposed (at the GRANT)
--   RLS on, no policy for anon                 -> not exposed
--   RLS on, permissive SELECT/ALL USING (true) -> exposed (at the policy or the
--     GRANT, whichever is newer), "(policy 'p' lets every row be read)"
--   ... unless a restrictive policy for anon is not constant true
--   RLS on, non-constant USING                 -> not exposed
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- Negative: RLS on, no policy at all.
create table public.no_policy (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:40: warning: column 'public.no_policy.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.no_policy enable row level security;
grant select on public.no_policy to anon;

-- Negative: FORCE ROW LEVEL SECURITY changes nothing for anon.
create table public.forced (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:37: warning: column 'public.forced.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.forced enable row level security;
alter table public.forced force row level security;
grant select on public.forced to anon;

-- Positive: USING (true) to anon; the policy is newer than the grant.
create table public.open_anon (id int, email text);
-- CHECK: input.sql:[[#OA:@LINE-1]]:40: warning: column 'public.open_anon.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.open_anon enable row level security;
grant select on public.open_anon to anon;
create policy read_all on public.open_anon for select to anon using (true);
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.open_anon.email' without authentication (policy 'read_all' lets every row be read) [contact-exposed-without-auth]
-- CHECK-NEXT: {{^}}create policy read_all on public.open_anon for select to anon using (true);{{$}}
-- CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
-- CHECK-NEXT: input.sql:[[#OA]]:40: note: 'public.open_anon.email' is defined here
-- CHECK: input.sql:[[@LINE-6]]:1: note: grant select on public.open_anon to anon

-- Positive: a policy without TO applies to PUBLIC; the grant is newer.
create table public.open_public (id int, email text);
-- CHECK: input.sql:[[#OP:@LINE-1]]:42: warning: column 'public.open_public.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.open_public enable row level security;
create policy everyone on public.open_public for select using (true);
grant select on public.open_public to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.open_public.email' without authentication (policy 'everyone' lets every row be read) [contact-exposed-without-auth]
-- CHECK: input.sql:[[#OP]]:42: note: 'public.open_public.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: policy 'everyone' lets every row be read (USING is constant true)

-- Positive: FOR ALL with 'true'::boolean, and 1 = 1.
create table public.open_all (id int, email text);
-- CHECK: input.sql:[[#OALL:@LINE-1]]:39: warning: column 'public.open_all.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.open_all enable row level security;
grant select on public.open_all to anon;
create policy p_all on public.open_all for all to public using ('true'::boolean);
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.open_all.email' without authentication (policy 'p_all' lets every row be read) [contact-exposed-without-auth]
-- CHECK: input.sql:[[#OALL]]:39: note: 'public.open_all.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: grant select on public.open_all to anon
create table public.open_eq (id int, phone text);
-- CHECK: input.sql:[[#OEQ:@LINE-1]]:38: warning: column 'public.open_eq.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
alter table public.open_eq enable row level security;
grant select on public.open_eq to anon;
create policy p_eq on public.open_eq for select using (1 = 1);
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.open_eq.phone' without authentication (policy 'p_eq' lets every row be read) [contact-exposed-without-auth]
-- CHECK: input.sql:[[#OEQ]]:38: note: 'public.open_eq.phone' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: grant select on public.open_eq to anon

-- Negative: the true policy is for INSERT only.
create table public.insert_only (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:42: warning: column 'public.insert_only.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.insert_only enable row level security;
grant select on public.insert_only to anon;
create policy p_ins on public.insert_only for insert with check (true);

-- Negative: a restrictive policy for anon that is not constant true.
create table public.restricted (id int, email text, owner_id uuid);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'public.restricted.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.restricted enable row level security;
grant select on public.restricted to anon;
create policy p_open on public.restricted for select to anon using (true);
create policy p_owner on public.restricted as restrictive for select to anon using (owner_id = auth.uid());

-- Positive: the restrictive policy is constant true, or applies to another role.
create table public.restr_true (id int, email text);
-- CHECK: input.sql:[[#RT:@LINE-1]]:41: warning: column 'public.restr_true.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.restr_true enable row level security;
grant select on public.restr_true to anon;
create policy p_open on public.restr_true for select to anon using (true);
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.restr_true.email' without authentication (policy 'p_open' lets every row be read) [contact-exposed-without-auth]
-- CHECK: input.sql:[[#RT]]:41: note: 'public.restr_true.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: grant select on public.restr_true to anon
create policy r_true on public.restr_true as restrictive for select to anon using (true);
create policy r_auth on public.restr_true as restrictive for select to authenticated using (false);

-- Negative: a restrictive USING (true) policy alone opens nothing.
create table public.restr_only (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'public.restr_only.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.restr_only enable row level security;
grant select on public.restr_only to anon;
create policy r_only on public.restr_only as restrictive for select using (true);

-- Negative: USING depends on the caller.
create table public.own_rows (id int, email text, owner_id uuid);
-- CHECK: input.sql:[[@LINE-1]]:39: warning: column 'public.own_rows.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.own_rows enable row level security;
grant select on public.own_rows to anon;
create policy p_own on public.own_rows for select to anon using (owner_id = auth.uid());

-- Negative: USING (true), but only for authenticated.
create table public.members (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.members.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.members enable row level security;
grant select on public.members to anon, authenticated;
create policy p_auth on public.members for select to authenticated using (true);

-- Positive: DISABLE ROW LEVEL SECURITY after ENABLE, at the DISABLE.
create table public.disabled (id int, email text);
-- CHECK: input.sql:[[#DIS:@LINE-1]]:39: warning: column 'public.disabled.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.disabled enable row level security;
grant select on public.disabled to anon;
alter table public.disabled disable row level security;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.disabled.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#DIS]]:39: note: 'public.disabled.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: grant select on public.disabled to anon

-- Negative: DISABLE, then ENABLE again.
create table public.reenabled (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:40: warning: column 'public.reenabled.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.reenabled to anon;
alter table public.reenabled disable row level security;
alter table public.reenabled enable row level security;

-- Negative: a true policy, but anon holds no SELECT.
create table public.no_grant (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:39: warning: column 'public.no_grant.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.no_grant enable row level security;
create policy p_ng on public.no_grant for select using (true);

-- Negative: a true policy on a table dropped afterwards, then recreated.
create table public.recreated (id int, email text);
alter table public.recreated enable row level security;
grant select on public.recreated to anon;
create policy p_rc on public.recreated for select using (true);
drop table public.recreated;
create table public.recreated (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:40: warning: column 'public.recreated.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.recreated enable row level security;

-- CHECK: 22 findings (6 errors, 16 warnings, 0 notes)
