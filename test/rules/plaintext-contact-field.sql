-- plaintext-contact-field: a stored field in a contact category (email,
-- phone, postal address) with no evidence of encryption or hashing. Reported
-- at the field's definition; encrypted, hashed and not-personal fields and
-- view columns are not. docs/rules/plaintext-contact-field.md
-- privlint reads the other .sql files of a directory as migration context, so
-- the test runs on a copy of itself in a directory of its own.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.members (
  id bigint primary key,
  display_name text not null,
  email text not null,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK-NEXT: {{^}}  email text not null,{{$}}
-- CHECK-NEXT: {{^}}  ^~~~~{{$}}
  phone varchar(32),
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  home_address text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.home_address' stores contact data (postal address) in plaintext [plaintext-contact-field]
  -- Negative: encrypted by type or name, hashed by name.
  recovery_email bytea,
  email_ciphertext text,
  phone_hash text,
  -- Negative: markers.
  backup_email text, -- privlint:encrypted
  sales_phone text, -- privlint:not-personal
  -- Negative: not contact data.
  follower_count integer not null default 0,
  created_at timestamptz not null default now()
);

-- Several columns on one line: each at its own column number.
create table public.leads (id int, contact_email text, notes text, mobile_number text);
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'public.leads.contact_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:68: warning: column 'public.leads.mobile_number' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- Negative: a view column shows a stored column; the base column carries the
-- finding (no grant here, so nothing is exposed).
create view public.lead_contacts as select id, contact_email from public.leads;

-- CHECK: 5 findings (0 errors, 5 warnings, 0 notes)
