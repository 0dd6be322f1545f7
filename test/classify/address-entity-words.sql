-- A field of an address entity named for a part of the address alone reads
-- with the entity's word (vCard's ADR: extended address, formatted address).
-- A name that completes to nothing, or to something other than a postal
-- address part (an email address, an IP address), stays unclassified.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=WHY %s

create table public.addresses (
  id bigint primary key,
  extended text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.addresses.extended' stores contact data (street address) in plaintext [plaintext-contact-field]
-- WHY: input.sql:[[@LINE-2]]:3: public.addresses.extended (text): user.contact.address.street; plaintext
-- WHY-NEXT: category user.contact.address.street: 'extended' in entity 'addresses', whose name means postal address, reads 'extended address': pattern 'extended address' of user.contact.address.street
  formatted text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.addresses.formatted' stores contact data (postal address) in plaintext [plaintext-contact-field]
  label text,
  ip text,
-- WHY: input.sql:[[@LINE-1]]:3: public.addresses.ip (text): user.device.ip_address; plaintext
  billing boolean
);
-- Outside an address entity, the same names mean nothing.
create table public.reports (id bigint, extended text, formatted text);

-- CHECK: 2 findings (0 errors, 2 warnings, 0 notes)
