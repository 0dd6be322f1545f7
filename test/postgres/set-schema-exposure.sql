-- Regression test (was an expected failure before the fix).
-- Regression test (fixed): a table granted to anon in a non-exposed schema and then moved into public by SET SCHEMA is reported at the old GRANT, not at the SET SCHEMA that made it exposed.
-- docs/sql-exposure.md: the primary location is the newest statement that
-- made the exposure true. Before the SET SCHEMA nothing was exposed. (In a
-- migration directory where only the SET SCHEMA migration is checked, the
-- finding located at the older GRANT is not reported at all.)
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create schema if not exists staging;
create table staging.people (id int, email text);
-- CHECK: input.sql:[[#DEF:@LINE-1]]:38: warning: column 'public.people.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on staging.people to anon;
alter table staging.people set schema public;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.people.email' without authentication [contact-exposed-without-auth]
-- CHECK-DAG: input.sql:[[#DEF]]:38: note: 'public.people.email' is defined here
-- CHECK-DAG: input.sql:[[@LINE-4]]:1: note: grant select on staging.people to anon
-- CHECK: 2 findings (1 error, 1 warning, 0 notes)
