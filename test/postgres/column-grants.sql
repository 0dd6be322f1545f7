-- Column-level GRANT SELECT (cols) exposes only the granted columns.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.cols (
  id int,
  email text,
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:3: warning: column 'public.cols.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  phone text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.cols.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
);
-- Positive: email is granted. Negative: phone is not.
grant select (id, email) on public.cols to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.cols.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:3: note: 'public.cols.email' is defined here

-- Negative: only non-contact columns granted.
create table public.safe (id int, handle text, email text);
-- CHECK: input.sql:[[@LINE-1]]:48: warning: column 'public.safe.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant select (id, handle) on public.safe to anon;

-- Negative: a column-level UPDATE grant is not SELECT.
create table public.upd (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:34: warning: column 'public.upd.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
grant update (email) on public.upd to anon;

-- Negative: a column granted before ADD COLUMN does not cover the new column.
create table public.later (id int);
grant select (id) on public.later to anon;
alter table public.later add column email text;
-- CHECK: input.sql:[[@LINE-1]]:37: warning: column 'public.later.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- CHECK: 6 findings (1 error, 5 warnings, 0 notes)
