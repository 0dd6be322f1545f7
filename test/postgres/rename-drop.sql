-- ALTER TABLE ... RENAME TO / SET SCHEMA and DROP TABLE: a table keeps its
-- columns and privileges under its new name; a dropped table is gone.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create schema if not exists private;

-- RENAME TO: reported under the new name, and the grant still counts.
create table public.people (id int, email text);
-- CHECK: input.sql:[[#PEOPLE:@LINE-1]]:37: warning: column 'public.humans.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select on public.people to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.humans.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PEOPLE]]:37: note: 'public.humans.email' is defined here
alter table public.people rename to humans;

-- SET SCHEMA out of the exposed schema: still plaintext, no longer exposed.
create table public.moved (id int, phone text);
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'private.moved.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant select on public.moved to anon;
alter table public.moved set schema private;

-- DROP TABLE: nothing left to report, neither plaintext nor exposure.
create table public.gone (id int, email text);
grant select on public.gone to anon;
drop table public.gone;
-- DROP TABLE IF EXISTS, several tables at once.
create table public.gone2 (email text);
create table public.gone3 (phone text);
drop table if exists public.gone2, public.gone3 cascade;

-- Negative: dropping another table leaves this one.
create table public.kept (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:35: warning: column 'public.kept.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
drop table if exists public.never_created;

-- CHECK: 4 findings (1 error, 3 warnings, 0 notes)
