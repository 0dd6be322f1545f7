-- contact-exposed-without-auth: contact data that is not encrypted can be
-- read by an anonymous audience (here a GRANT to anon, directly or through a
-- view). The error is at the place that exposes the field, with a note at the
-- field's definition; a hashed field is exposed too, an encrypted one is not.
-- docs/rules/contact-exposed-without-auth.md
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- Only this rule: the plaintext findings of the same columns are not checked here.
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field: { severity: off }\n' > %t/.privlint.yaml
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.influencers (
  id bigint primary key,
  contact_email text not null,
  email_hash text,
  phone bytea
);
grant usage on schema public to anon;
grant select on public.influencers to anon;
-- CHECK: input.sql:[[#GRANT:@LINE-1]]:1: error: role 'anon' can read contact data 'public.influencers.contact_email' without authentication [contact-exposed-without-auth]
-- CHECK-NEXT: {{^}}grant select on public.influencers to anon;{{$}}
-- CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
-- CHECK-NEXT: input.sql:[[#GRANT-5]]:3: note: 'public.influencers.contact_email' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.influencers.email_hash' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:[[#GRANT-4]]:3: note: 'public.influencers.email_hash' is defined here

-- Through a view that runs with its owner's rights.
create table public.users (id int, email text);
alter table public.users enable row level security;
create view public.v as select id, email from public.users;
grant select on public.v to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication through view 'public.v' [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-5]]:36: note: 'public.users.email' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: create view public.v as select id, email from public.users

-- Negative: an authenticated role, and privileges other than SELECT.
create table public.customers (id int, email text);
grant select on public.customers to authenticated;
grant insert, update on public.customers to anon;

-- CHECK: 3 findings (3 errors, 0 warnings, 0 notes)
