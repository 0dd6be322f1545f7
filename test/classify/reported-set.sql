-- The contact rules' default reported set: a person's email, phone and fax
-- numbers and street-level postal address (street lines, or a whole address
-- in one field). Location parts on their own and URLs are listed by the
-- inventory and not reported; `exclude_categories` widens the set.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s

-- Everything: no exclusions.
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    exclude_categories: []\n' > %t/all.yaml
-- RUN: not %privlint check --config all.yaml input.sql 2>&1 | %check-all --check-prefixes=CHECK,ALL %s

-- The most specific entry decides: cities are back, the other parts stay out.
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    categories: [user.contact, user.contact.address.city]\n' > %t/city.yaml
-- RUN: not %privlint check --config city.yaml input.sql 2>&1 | %check-all --check-prefixes=CHECK,CITY %s

-- Only the cities.
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    categories: [user.contact.address.city]\n' > %t/only-city.yaml
-- RUN: not %privlint check --config only-city.yaml input.sql 2>&1 | %check-all --check-prefix=ONLY %s

-- The inventory keeps every part.
-- RUN: %privlint inventory input.sql | FileCheck --check-prefix=INV %s

create table public.customers (
  id bigint primary key,
  email text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.email' stores contact data (email) in plaintext [plaintext-contact-field]
  mobile_phone varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.mobile_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  fax text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.fax' stores contact data (fax number) in plaintext [plaintext-contact-field]
  address_line1 text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.address_line1' stores contact data (postal address) in plaintext [plaintext-contact-field]
  house_number text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.house_number' stores contact data (street address) in plaintext [plaintext-contact-field]
  full_address text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.full_address' stores contact data (postal address) in plaintext [plaintext-contact-field]
  city text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.city' stores contact data (city) in plaintext [plaintext-contact-field]
-- CITY: input.sql:[[@LINE-2]]:3: warning: column 'public.customers.city' stores contact data (city) in plaintext [plaintext-contact-field]
-- ONLY: input.sql:[[@LINE-3]]:3: warning: column 'public.customers.city' stores contact data (city) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-4]]:3: public.customers.city (text): user.contact.address.city; plaintext; not exposed
  district text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.district' stores contact data (city) in plaintext [plaintext-contact-field]
-- CITY: input.sql:[[@LINE-2]]:3: warning: column 'public.customers.district' stores contact data (city) in plaintext [plaintext-contact-field]
-- ONLY: input.sql:[[@LINE-3]]:3: warning: column 'public.customers.district' stores contact data (city) in plaintext [plaintext-contact-field]
  state_province text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.state_province' stores contact data (state or province) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: public.customers.state_province (text): user.contact.address.state; plaintext; not exposed
  county text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.county' stores contact data (state or province) in plaintext [plaintext-contact-field]
  postal_code varchar(10),
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.postal_code' stores contact data (postal code) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: public.customers.postal_code (varchar(10)): user.contact.address.postal_code; plaintext; not exposed
  country char(2),
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.country' stores contact data (country) in plaintext [plaintext-contact-field]
  website text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.website' stores contact data (website or social media profile) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: public.customers.website (text): user.contact.url; plaintext; not exposed
  latitude numeric
-- INV: input.sql:[[@LINE-1]]:3: public.customers.latitude (numeric): user.location.precise; plaintext; not exposed
);

-- contact-exposed-without-auth has the same default set, and its own options:
-- widening plaintext-contact-field does not widen it.
create table public.members (
  id bigint primary key,
  email text,
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:3: warning: column 'public.members.email' stores contact data (email) in plaintext [plaintext-contact-field]
  city text,
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.members.city' stores contact data (city) in plaintext [plaintext-contact-field]
-- CITY: input.sql:[[@LINE-2]]:3: warning: column 'public.members.city' stores contact data (city) in plaintext [plaintext-contact-field]
-- ONLY: input.sql:[[@LINE-3]]:3: warning: column 'public.members.city' stores contact data (city) in plaintext [plaintext-contact-field]
  website text
-- ALL: input.sql:[[@LINE-1]]:3: warning: column 'public.members.website' stores contact data (website or social media profile) in plaintext [plaintext-contact-field]
);
grant select on public.members to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.members.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:3: note: 'public.members.email' is defined here
-- ONLY: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.members.email' without authentication [contact-exposed-without-auth]
-- ONLY: input.sql:[[@LINE-13]]:3: note: 'public.members.email' is defined here

-- CHECK: {{[0-9]+}} findings (1 error, {{[0-9]+}} warnings, 0 notes)
-- ONLY: 4 findings (1 error, 3 warnings, 0 notes)
