-- Regression test (was an expected failure before the fix).
-- Regression test (fixed): an unterminated quoted string drops every statement before it too, and the message quotes the whole rest of the file (with newlines).
-- docs/rules/parse-error.md: a file that cannot be split into statements is
-- read up to that point ("Nothing after that point can be read"). The
-- statements before the unterminated string are still checked, and the
-- diagnostic stays on one line. All CHECK lines come first: a quote in one
-- after the bad line would close the string.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
-- CHECK: input.sql: note: read as PostgreSQL (guessed from its content); if that is wrong, pass --dialect postgres|mysql|sqlite or set sql.dialect
-- CHECK: input.sql:[[@LINE+9]]:32: warning: column 'public.a.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE+9]]:1: error: role 'anon' can read contact data 'public.a.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE+7]]:32: note: 'public.a.email' is defined here
-- CHECK: input.sql:[[@LINE+8]]:33: error: unterminated quoted string {{.*}}[parse-error]{{$}}
-- CHECK-NEXT: {{^}}insert into public.a values (1, {{.}}never closed);{{$}}
-- CHECK-NEXT: {{^}}                                ^{{$}}
-- CHECK-NOT: public.c
-- CHECK: 3 findings (2 errors, 1 warning, 0 notes)

create table public.a (id int, email text);
grant select on public.a to anon;
insert into public.a values (1, 'never closed);
create table public.c (phone text);
