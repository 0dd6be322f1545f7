-- Markers in COMMENT ON COLUMN: encrypted and not-personal columns are not
-- reported, hashed ones only when exposed, and a category marker makes a
-- neutral name contact data.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.people (
  id int,
  a_email text,
  b_email text,
  c_email text,
  d_email text,
  notes text,
-- CHECK: input.sql:[[#NOTES:@LINE-1]]:3: warning: column 'public.people.notes' stores contact data (phone number) in plaintext [plaintext-contact-field]
  e_email text
-- CHECK: input.sql:[[#E_EMAIL:@LINE-1]]:3: warning: column 'public.people.e_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
);
-- The marker alone, and inside a longer comment.
comment on column public.people.a_email is 'privlint:encrypted';
comment on column public.people.b_email is 'AES-GCM ciphertext written by the API. privlint:encrypted';
-- Hashed: not plaintext, but still exposed below.
comment on column public.people.c_email is 'sha256 of the lowercased address. privlint:hashed';
-- Not personal: a shared support mailbox.
comment on column public.people.d_email is 'privlint:not-personal';
-- A category marker on a neutral name.
comment on column public.people.notes is 'privlint:category=user.contact.phone_number';
-- Negative: a comment without a marker changes nothing.
comment on column public.people.e_email is 'the address we write to';
-- A table comment is read without a finding.
comment on table public.people is 'People we write to.';

grant select on public.people to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.people.c_email' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:[[#@LINE-23]]:3: note: 'public.people.c_email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.people.e_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#E_EMAIL]]:3: note: 'public.people.e_email' is defined here
-- CHECK: input.sql:[[@LINE-5]]:1: error: role 'anon' can read contact data 'public.people.notes' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#NOTES]]:3: note: 'public.people.notes' is defined here

-- CHECK: 5 findings (3 errors, 2 warnings, 0 notes)
