-- unused-suppression: a "privlint-ignore" comment that suppresses nothing in
-- this run, or that names an unknown rule, is reported at the directive
-- (from "privlint-ignore" to the end of its rule list). A used suppression
-- and one for a rule that is off are not. docs/rules/unused-suppression.md
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

-- privlint-ignore-file contact-exposed-without-auth: nothing here is granted to anon
-- CHECK: input.sql:[[@LINE-1]]:4: warning: file-level suppression of 'contact-exposed-without-auth' suppresses nothing [unused-suppression]
-- CHECK-NEXT: {{^}}-- privlint-{{ignore}}-file contact-exposed-without-auth: nothing here is granted to anon{{$}}
-- CHECK-NEXT: {{^}}   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
create table public.users (
  id bigint primary key,
  -- privlint-ignore plaintext-contact-field: hashed by the application
-- CHECK: input.sql:[[@LINE-1]]:6: warning: suppression of 'plaintext-contact-field' suppresses nothing [unused-suppression]
  email_hash bytea not null,
  -- Negative: used.
  email text, -- privlint-ignore plaintext-contact-field: encrypted by the app
  -- A misspelt rule id suppresses nothing, so the column is reported too.
  phone text, -- privlint-ignore plaintext-contact-feild: typo
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.users.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:18: warning: suppression names unknown rule 'plaintext-contact-feild' [unused-suppression]
  -- privlint-ignore
-- CHECK: input.sql:[[@LINE-1]]:6: warning: suppression of every rule suppresses nothing [unused-suppression]
  nickname text
);

-- Negative: a suppression of a rule that is off is not reported.
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field: { severity: off }\n  contact-exposed-without-auth: { severity: off }\n' > %t/.privlint.yaml
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all --check-prefix=OFF %s
-- OFF: input.sql:20:18: warning: suppression names unknown rule 'plaintext-contact-feild' [unused-suppression]
-- OFF: input.sql:23:6: warning: suppression of every rule suppresses nothing [unused-suppression]
-- OFF: 2 findings (0 errors, 2 warnings, 0 notes)

-- CHECK: 5 findings (0 errors, 5 warnings, 0 notes)
