-- Views. A default view runs with its owner's rights: granted to anon, it
-- exposes the base columns it shows even when the base table has RLS on.
-- A security_invoker view exposes only what anon can read in the base table.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.users (id int, email text, phone text, nickname text);
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:36: warning: column 'public.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[#PHONE:@LINE-2]]:48: warning: column 'public.users.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
alter table public.users enable row level security;

-- Positive: a plain column reference, renamed or qualified.
create view public.v as select id, email from public.users;
grant select on public.v to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through view 'public.v' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create view public.v as select id, email from public.users
create view public.v_alias as select u.id, u.phone as reach from public.users u;
grant select on public.v_alias to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.phone' without authentication through view 'public.v_alias' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:48: note: 'public.users.phone' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create view public.v_alias as select u.id, u.phone as reach from public.users u

-- Positive: a computed column is judged by its own name.
create view public.v_lower as select id, lower(email) as email_lower from public.users;
grant select on public.v_lower to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.v_lower.email_lower' without authentication through view 'public.v_lower' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#LOWER:@LINE-3]]:42: note: 'public.v_lower.email_lower' is defined here
-- CHECK: input.sql:[[#LOWER]]:1: note: create view public.v_lower as select id, lower(email) as email_lower from public.users

-- Negative: a computed column with a neutral name; a view without contact
-- columns; a view not granted to anon; a view outside the exposed schemas.
create view public.v_neutral as select id, lower(email) as x, nickname from public.users;
grant select on public.v_neutral to anon;
create view public.v_private as select id, email from public.users;
create view private.v_other as select id, email from public.users;
grant select on private.v_other to anon;

-- Negative: security_invoker, and the base table (RLS on, no policy) is not readable.
create view public.v_inv with (security_invoker = true) as select id, email from public.users;
grant select on public.v_inv to anon;
create view public.v_inv2 as select id, email from public.users;
alter view public.v_inv2 set (security_invoker = on);
grant select on public.v_inv2 to anon;

-- Positive: security_invoker, and the base table is readable (RLS off, granted).
create table public.open (id int, email text);
-- CHECK: input.sql:[[#OPEN:@LINE-1]]:35: warning: column 'public.open.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.open to anon;
-- CHECK: input.sql:[[#OPENGRANT:@LINE-1]]:1: error: role 'anon' can read contact data 'public.open.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#OPEN]]:35: note: 'public.open.email' is defined here
create view public.open_v with (security_invoker = true) as select id, email from public.open;
grant select on public.open_v to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.open.email' without authentication through view 'public.open_v' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#OPEN]]:35: note: 'public.open.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create view public.open_v with (security_invoker = true) as select id, email from public.open
-- CHECK: input.sql:[[#OPENGRANT]]:1: note: grant select on public.open to anon

-- Positive: security_invoker switched off again with ALTER VIEW.
create view public.v_back with (security_invoker = true) as select id, email from public.users;
alter view public.v_back set (security_invoker = false);
grant select on public.v_back to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through view 'public.v_back' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[@LINE-5]]:1: note: create view public.v_back with (security_invoker = true) as select id, email from public.users

-- Positive: SELECT * shows every base column; a suppression at the grant
-- hides the exposure of this view only.
create view public.v_star as select * from public.users;
grant select on public.v_star to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through view 'public.v_star' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create view public.v_star as select * from public.users
-- CHECK: input.sql:[[@LINE-4]]:1: error: role 'anon' can read contact data 'public.users.phone' without authentication through view 'public.v_star' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:48: note: 'public.users.phone' is defined here
-- CHECK: input.sql:[[@LINE-7]]:1: note: create view public.v_star as select * from public.users
create view public.v_star2 as select * from public.users;
-- privlint-ignore contact-exposed-without-auth: published directory, reviewed
grant select on public.v_star2 to anon;

-- CHECK: 11 findings (8 errors, 3 warnings, 0 notes)
