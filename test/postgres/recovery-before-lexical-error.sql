-- An unbalanced '(' before a lexical error that ends the readable part of the
-- file (an unterminated string): the statements between the two are still
-- read. All CHECK lines come first: a quote in one after the bad line would
-- close the string.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect postgres %t/input.sql 2>&1 | %check-all %s
-- CHECK: input.sql:[[@LINE+6]]:24: warning: column 'public.a.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE+7]]:24: warning: column 'public.b.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE+7]]:30: error: unterminated quoted string {{.*}}; nothing after this point could be read [parse-error]
-- CHECK-NOT: public.c
-- CHECK: 3 findings (1 error, 2 warnings, 0 notes)

create table public.a (email text);
SELECT (;
create table public.b (phone text);
insert into public.b values ('never closed);
create table public.c (phone text);
