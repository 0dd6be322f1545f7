-- Materialized views have no row level security: granted to anon, they expose
-- the contact columns they show, whatever protects the base table.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.users (id int, email text, handle text);
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:36: warning: column 'public.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.users enable row level security;

-- Positive: a base column.
create materialized view public.mv as select id, email from public.users;
grant select on public.mv to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through materialized view 'public.mv' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create materialized view public.mv as select id, email from public.users

-- Positive: a computed column named for contact data.
create materialized view public.mv_norm as select id, lower(email) as email_norm from public.users with no data;
grant select on public.mv_norm to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.mv_norm.email_norm' without authentication through materialized view 'public.mv_norm' [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-3]]:{{[0-9]+}}: note: 'public.mv_norm.email_norm' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create materialized view public.mv_norm as select id, lower(email) as email_norm from public.users with no data

-- Negative: not granted; no contact column; outside the exposed schemas.
create materialized view public.mv_private as select id, email from public.users;
create materialized view public.mv_handles as select id, handle from public.users;
grant select on public.mv_handles to anon;
create materialized view private.mv_other as select id, email from public.users;
grant select on private.mv_other to anon;

-- CHECK: 3 findings (2 errors, 1 warning, 0 notes)
