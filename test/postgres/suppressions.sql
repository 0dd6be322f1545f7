-- Suppression comments: on the line before or at the finding, for the
-- named rule only; an exposure is suppressed at its primary location (the
-- grant) or at the field's definition (its related location).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.press (
  -- privlint-ignore plaintext-contact-field: published press address
  email text,
  phone text, -- privlint-ignore plaintext-contact-field: published switchboard
  -- The exposure is suppressed at the definition; the plaintext finding is not.
  fax_number text -- privlint-ignore contact-exposed-without-auth: published fax
-- CHECK: input.sql:[[#FAX:@LINE-1]]:3: warning: column 'public.press.fax_number' stores contact data (fax number) in plaintext [plaintext-contact-field]
-- The grant's own suppression (below) already hides the exposure, so this one
-- has nothing left to do and is reported.
-- CHECK: input.sql:[[#FAX]]:22: warning: suppression of 'contact-exposed-without-auth' suppresses nothing [unused-suppression]
);
-- privlint-ignore contact-exposed-without-auth: press contacts are published on purpose
grant select on public.press to anon;

-- Suppressed at the related location only: the grant carries no comment.
create table public.members (
  id int,
  -- privlint-ignore contact-exposed-without-auth: partner desk, published on the site
  -- privlint-ignore plaintext-contact-field: partner desk, published on the site
  contact_email text
);
grant select on public.members to anon;

-- Negative: a suppression for another rule does not hide the exposure.
create table public.customers (
  email text
-- CHECK: input.sql:[[#CEMAIL:@LINE-1]]:3: warning: column 'public.customers.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
);
grant select on public.customers to anon; -- privlint-ignore plaintext-contact-field: wrong rule
-- CHECK: input.sql:[[#GRANT:@LINE-1]]:1: error: role 'anon' can read contact data 'public.customers.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#CEMAIL]]:3: note: 'public.customers.email' is defined here
-- CHECK: input.sql:[[#GRANT]]:46: warning: suppression of 'plaintext-contact-field' suppresses nothing [unused-suppression]

-- Negative: a suppression two lines above does not reach the column.
create table public.leads (
  -- privlint-ignore plaintext-contact-field: too far away
-- CHECK: input.sql:[[@LINE-1]]:6: warning: suppression of 'plaintext-contact-field' suppresses nothing [unused-suppression]
  id int,
  phone text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.leads.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
);

-- CHECK: 7 findings (1 error, 6 warnings, 0 notes)
