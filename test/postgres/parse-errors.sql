-- parse-error: a statement the parser rejects is reported at the line and
-- column where the parser stopped (unless it is a data statement), and
-- reading resumes with the next statement. In a CREATE TABLE, the column definitions that parse are kept.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
-- CHECK: input.sql: note: read as PostgreSQL (guessed from its content); if that is wrong, pass --dialect postgres|mysql|sqlite or set sql.dialect

create table public.a (id int, email text);
-- CHECK: input.sql:[[#A:@LINE-1]]:32: warning: column 'public.a.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Positive: a misspelt keyword. The table in it is unknown.
create tabel public.b (id int, phone text);
-- CHECK: input.sql:[[@LINE-1]]:8: error: syntax error at or near "tabel" [parse-error]
-- CHECK-NEXT: {{^}}create tabel public.b (id int, phone text);{{$}}
-- CHECK-NEXT: {{^}}       ^{{$}}

-- The next statement is still read.
grant select on public.a to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.a.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#A]]:32: note: 'public.a.email' is defined here

-- Positive: PostgreSQL 18 virtual generated column; the other columns are read.
-- CHECK lines stay out of this statement, see parse-error-comments.sql.
SET search_path = public;
CREATE TABLE public.customer (
  customer_id integer NOT NULL,
  first_name  text NOT NULL,
  email       text,
  email_lower text GENERATED ALWAYS AS (lower(email)) VIRTUAL,
  phone       text
);
-- CHECK: input.sql:[[#EMAIL:@LINE-4]]:3: warning: column 'public.customer.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-4]]:55: error: syntax error at or near "VIRTUAL"; this column definition was skipped and the table's other columns were read (it may be PostgreSQL syntax newer than the bundled parser, PostgreSQL 15.1) [parse-error]
-- CHECK-NEXT: {{^}}  email_lower text GENERATED ALWAYS AS (lower(email)) VIRTUAL,{{$}}
-- CHECK-NEXT: {{^}}                                                      ^{{$}}
-- CHECK: input.sql:[[#PHONE:@LINE-6]]:3: warning: column 'public.customer.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
grant select on public.customer to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.customer.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:3: note: 'public.customer.email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.customer.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:3: note: 'public.customer.phone' is defined here

-- Negative: a STORED generated column is PostgreSQL 15 syntax.
create table public.c (id int, email text, email_lower text generated always as (lower(email)) stored);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.c.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:44: warning: column 'public.c.email_lower' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Negative: a rejected data statement (SELECT, INSERT, ...) is skipped without
-- a parse-error: it defines, alters and grants nothing.
select from where;

-- Positive: the last statement of the file.
create view public.v as select from where;
-- CHECK: input.sql:[[@LINE-1]]:37: error: syntax error at or near "where" [parse-error]

-- CHECK: 11 findings (6 errors, 5 warnings, 0 notes)
