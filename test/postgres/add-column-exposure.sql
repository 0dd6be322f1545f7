-- Regression test (was an expected failure before the fix).
-- Regression test (fixed): an exposure located at a newer ADD COLUMN lacks the notes for the GRANT (and the USING (true) policy) that contribute to it.
-- ADD COLUMN on a table anon can already read: the exposure is at the new
-- column (the newest statement), and the grant and policy are related
-- locations (docs/sql-exposure.md, "Findings and locations").
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- Positive: RLS off, granted, then a contact column added.
create table public.t (id int);
grant select on public.t to anon;
alter table public.t add column email text;
-- CHECK: input.sql:[[@LINE-1]]:33: error: role 'anon' can read contact data 'public.t.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-3]]:1: note: grant select on public.t to anon
-- CHECK: input.sql:[[@LINE-3]]:33: warning: column 'public.t.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Positive: RLS on with a USING (true) policy, then a contact column added.
create table public.t3 (id int);
alter table public.t3 enable row level security;
grant select on public.t3 to anon;
create policy p on public.t3 for select using (true);
alter table public.t3 add column phone text;
-- CHECK: input.sql:[[@LINE-1]]:34: error: role 'anon' can read contact data 'public.t3.phone' without authentication (policy 'p' lets every row be read) [contact-exposed-without-auth]
-- CHECK-DAG: input.sql:[[@LINE-4]]:1: note: grant select on public.t3 to anon
-- CHECK-DAG: input.sql:[[@LINE-4]]:1: note: policy 'p' lets every row be read (USING is constant true)
-- CHECK: input.sql:[[@LINE-4]]:34: warning: column 'public.t3.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- Negative: the added column is not a contact column.
create table public.n (id int);
grant select on public.n to anon;
alter table public.n add column nickname text;

-- Negative: RLS on and no policy.
create table public.r (id int);
alter table public.r enable row level security;
grant select on public.r to anon;
alter table public.r add column email text;
-- CHECK: input.sql:[[@LINE-1]]:33: warning: column 'public.r.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- CHECK: 5 findings (2 errors, 3 warnings, 0 notes)
