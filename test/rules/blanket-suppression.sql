-- blanket-suppression: an ignore comment that names no rule (bare, or with
-- only a reason) still silences every rule where it applies, and is
-- reported at the directive with the rules it silenced in this run, ready to
-- copy. docs/rules/blanket-suppression.md
-- RUN: rm -rf %t && mkdir -p %t/file %t/off && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint explain blanket-suppression | FileCheck --check-prefix=EXPLAIN %s
-- EXPLAIN: # blanket-suppression
create table public.users (
  id bigint primary key,
  -- The email column is silenced for both rules (its exposure through the
  -- grant below has the column as a related location): both are named.
  email text, -- privlint-ignore
-- CHECK: input.sql:[[@LINE-1]]:18: warning: suppression names no rule, so it silences every rule on the line it covers; name the rules it is for: 'privlint-{{ignore}} contact-exposed-without-auth, plaintext-contact-field' [blanket-suppression]
-- CHECK-NEXT: {{^}}  email text, -- privlint-{{ignore}}{{$}}
-- CHECK-NEXT: {{^}}                 ^~~~~~~~~~~~~~~{{$}}
  -- A reason without a rule is still bare. A hashed column is not in
  -- plaintext, but its exposure is silenced: the one rule named.
  -- privlint-ignore: hashed upstream
-- CHECK: input.sql:[[@LINE-1]]:6: warning: suppression names no rule, so it silences every rule on the line it covers; name the rule it is for: 'privlint-{{ignore}} contact-exposed-without-auth' [blanket-suppression]
  phone_hash text,
  -- Negative: a named rule. The exposure of `mobile` is still reported.
  mobile text, -- privlint-ignore plaintext-contact-field: encrypted by the app
  -- Negative: `all` says on purpose what a bare directive says by omission.
  fax text, -- privlint-ignore all: removed in the next release
  -- Negative: NOLINT is clang-tidy's form, shared with its other checks.
  work_phone text, -- NOLINT
  -- A bare directive that suppresses nothing is unused-suppression's: delete it.
  -- privlint-ignore
-- CHECK: input.sql:[[@LINE-1]]:6: warning: suppression of every rule suppresses nothing [unused-suppression]
  nickname text
);
grant select on public.users to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.users.mobile' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-12]]:3: note: 'public.users.mobile' is defined here
-- CHECK: 4 findings (1 error, 3 warnings, 0 notes)

-- A bare file-level directive silences every rule of the file.
-- RUN: printf -- '-- privlint-ignore-file\ncreate table public.t (email text);\n' > %t/file/t.sql
-- RUN: not %privlint check %t/file/t.sql 2>&1 | %check-all --check-prefix=FILE %s
-- FILE: t.sql:1:4: warning: file-level suppression names no rule, so it silences every rule in the file; name the rule it is for: 'privlint-{{ignore}}-file plaintext-contact-field' [blanket-suppression]
-- FILE: 1 finding (0 errors, 1 warning, 0 notes)

-- With unused-suppression off, an unused bare directive is reported here;
-- with the rule off, nothing is.
-- RUN: printf 'version: 1\nrules:\n  unused-suppression: { severity: off }\n' > %t/off/.privlint.yaml
-- RUN: printf 'create table public.t (\n  -- privlint-ignore\n  nickname text\n);\n' > %t/off/t.sql
-- RUN: not %privlint check %t/off/t.sql 2>&1 | %check-all --check-prefix=UNUSED-OFF %s
-- UNUSED-OFF: t.sql:2:6: warning: suppression names no rule, so it silences every rule on the line it covers; name the rule it is for [blanket-suppression]
-- RUN: printf 'version: 1\nrules:\n  blanket-suppression: { severity: off }\n' > %t/off/.privlint.yaml
-- RUN: %privlint check %t/file/t.sql --config %t/off/.privlint.yaml 2>&1 | count 0
