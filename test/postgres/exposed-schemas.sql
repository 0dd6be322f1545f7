-- Exposed schemas (sql.exposed_schemas, default [public]) and anonymous roles
-- (sql.anonymous_roles, default [anon, PUBLIC]). Every role holds PUBLIC's
-- privileges, so a grant to PUBLIC reaches any anonymous role.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s --check-prefixes=CHECK,DEFAULT
-- RUN: not %privlint check --config %S/Inputs/config/api-schema.yaml %t/input.sql 2>&1 | %check-all %s --check-prefixes=CHECK,API
-- RUN: not %privlint check --config %S/Inputs/config/all-schemas.yaml %t/input.sql 2>&1 | %check-all %s --check-prefixes=CHECK,ALL

create table api.users (id int, email text);
-- CHECK: input.sql:[[#API:@LINE-1]]:33: warning: column 'api.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on api.users to anon;
-- ALL: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'api.users.email' without authentication [contact-exposed-without-auth]
-- ALL: input.sql:[[#API]]:33: note: 'api.users.email' is defined here
grant select on api.users to web_anon;
-- API: input.sql:[[@LINE-1]]:1: error: role 'web_anon' can read contact data 'api.users.email' without authentication [contact-exposed-without-auth]
-- API: input.sql:[[#API]]:33: note: 'api.users.email' is defined here

create table public.users (id int, email text);
-- CHECK: input.sql:[[#PUB:@LINE-1]]:36: warning: column 'public.users.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.users to anon;
-- DEFAULT: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication [contact-exposed-without-auth]
-- DEFAULT: input.sql:[[#PUB]]:36: note: 'public.users.email' is defined here
-- ALL: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.users.email' without authentication [contact-exposed-without-auth]
-- ALL: input.sql:[[#PUB]]:36: note: 'public.users.email' is defined here

-- A grant to PUBLIC: the first configured anonymous role is named.
create table public.listing (id int, phone text);
-- CHECK: input.sql:[[#LST:@LINE-1]]:38: warning: column 'public.listing.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant select on public.listing to public;
-- DEFAULT: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.listing.phone' without authentication [contact-exposed-without-auth]
-- API: input.sql:[[@LINE-2]]:1: error: role 'web_anon' can read contact data 'public.listing.phone' without authentication [contact-exposed-without-auth]
-- ALL: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.listing.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#LST]]:38: note: 'public.listing.phone' is defined here

-- Never exposed here: a schema in no configuration, and a role in none.
create table internal.staff (id int, email text);
-- CHECK: input.sql:[[#INT:@LINE-1]]:38: warning: column 'internal.staff.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on internal.staff to authenticated;
create table public.members (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.members.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.members to authenticated;

-- DEFAULT: 7 findings (2 errors, 5 warnings, 0 notes)
-- API: 7 findings (2 errors, 5 warnings, 0 notes)
-- ALL: 8 findings (3 errors, 5 warnings, 0 notes)
