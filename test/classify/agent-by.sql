-- 'by' before a contact word usually marks data about the value
-- (lookup_by_email, sorted_by_email), but after a participle naming something
-- a person does to a record (invited, created, updated, ...) it names who did
-- it: invited_by_email and created_by_phone hold that person's email and phone
-- number.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=INV %s

create table public.memberships (
  id bigint primary key,
  invited_by_email text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.memberships.invited_by_email' stores contact data (email) in plaintext [plaintext-contact-field]
  created_by_phone text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.memberships.created_by_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  lookup_by_email text,
  sorted_by_email boolean,
  grouped_by_phone text
);
-- CHECK: 2 findings (0 errors, 2 warnings, 0 notes)

-- INV: public.memberships.invited_by_email (text): user.contact.email; plaintext
-- INV: public.memberships.created_by_phone (text): user.contact.phone_number; plaintext
-- INV: public.memberships.lookup_by_email (text): no personal-data category
-- INV-NEXT: rejected: token 'by' marks data about the email, not the email itself
-- INV: public.memberships.sorted_by_email (boolean): no personal-data category
-- INV-NEXT: rejected: token 'by' marks data about the email, not the email itself
-- INV: public.memberships.grouped_by_phone (text): no personal-data category
-- INV-NEXT: rejected: token 'by' marks data about the phone number, not the phone number itself
