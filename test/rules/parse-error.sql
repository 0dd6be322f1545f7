-- parse-error: input privlint could not read. A statement the parser
-- rejects is reported where the parser stopped, and reading resumes with the
-- next statement, so the rest of the file is still checked.
-- docs/rules/parse-error.md
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect postgres %t/input.sql 2>&1 | %check-all %s

create table public.a (id int, nickname text);

-- Positive: a misspelt keyword. The table in it is unknown.
create tabel public.b (id int, phone text);
-- CHECK: input.sql:[[@LINE-1]]:8: error: syntax error at or near "tabel" [parse-error]
-- CHECK-NEXT: {{^}}create tabel public.b (id int, phone text);{{$}}
-- CHECK-NEXT: {{^}}       ^{{$}}

-- The next statement is still read.
create table public.c (id int, email text);
-- CHECK: input.sql:[[@LINE-1]]:32: warning: column 'public.c.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- The severity is configurable; off silences the rule.
-- RUN: printf 'version: 1\nrules:\n  parse-error: { severity: off }\n' > %t/.privlint.yaml
-- RUN: not %privlint check --dialect postgres %t/input.sql 2>&1 | FileCheck --check-prefix=OFF --implicit-check-not='[parse-error]' %s
-- OFF: input.sql:17:32: warning: column 'public.c.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- CHECK: 2 findings (1 error, 1 warning, 0 notes)
