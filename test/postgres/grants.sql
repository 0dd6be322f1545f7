-- GRANT on tables: SELECT to an anonymous role (anon, PUBLIC) exposes a table
-- without row level security; other privileges and other roles do not.
-- The error is at the GRANT, with a note at the column's definition.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.influencers (
  id bigint primary key,
  contact_email text not null
-- CHECK: input.sql:[[#INF:@LINE-1]]:3: warning: column 'public.influencers.contact_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
);
grant usage on schema public to anon;
grant select on public.influencers to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.influencers.contact_email' without authentication [contact-exposed-without-auth]
-- CHECK-NEXT: {{^}}grant select on public.influencers to anon;{{$}}
-- CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
-- CHECK-NEXT: input.sql:[[#INF]]:3: note: 'public.influencers.contact_email' is defined here
-- CHECK-NEXT: {{^}}  contact_email text not null{{$}}
-- CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~{{$}}

-- GRANT ALL to PUBLIC: every role holds it; the first anonymous role is named.
create table public.g (id int, email text);
-- CHECK: input.sql:[[#G:@LINE-1]]:32: warning: column 'public.g.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant all on public.g to public;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.g.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#G]]:32: note: 'public.g.email' is defined here

-- Several roles in one GRANT.
create table public.j (id int, phone text);
-- CHECK: input.sql:[[#J:@LINE-1]]:32: warning: column 'public.j.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant select, insert on table public.j to authenticated, anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.j.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#J]]:32: note: 'public.j.phone' is defined here

-- Negative: privileges other than SELECT.
create table public.i (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.i.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant insert, update, delete on public.i to anon;

-- Negative: an authenticated role.
create table public.members (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.members.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.members to authenticated, service_role;

-- Negative: no grant at all.
create table public.quiet (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'public.quiet.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- CHECK: 9 findings (3 errors, 6 warnings, 0 notes)
