-- State-machine and status columns are not a place: a bare `state` in an
-- order, payment, job or workflow entity, a `state` whose default is a word,
-- `aasm_state`, and `<word>_state` of an enum type. A state next to a
-- person or an address word stays an address part (reported only when the
-- location parts are, as with `exclude_categories: []` here).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=INV %s
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    exclude_categories: []\n' > all.yaml
-- RUN: not %privlint check --config all.yaml input.sql 2>&1 | %check-all %s

create type public.review_status as enum ('draft', 'submitted', 'approved');

create table public.orders (
  id bigint primary key,
  state text,
-- INV:      input.sql:[[@LINE-1]]:3: public.orders.state (text): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: 'state' in workflow entity 'orders' ('orders') is the state of the workflow
  shipping_state text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.orders.shipping_state' stores contact data (state or province) in plaintext [plaintext-contact-field]
);
create table public.payments (
  id bigint primary key,
  state varchar(20)
-- INV:      input.sql:[[@LINE-1]]:3: public.payments.state (varchar(20)): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: 'state' in workflow entity 'payments' ('payments') is the state of the workflow
);
create table public.background_jobs (
  id bigint primary key,
  state text
-- INV:      input.sql:[[@LINE-1]]:3: public.background_jobs.state (text): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: 'state' in workflow entity 'background_jobs' ('jobs') is the state of the workflow
);
create table public.customers (
  id bigint primary key,
  state text default 'active',
-- INV:      input.sql:[[@LINE-1]]:3: public.customers.state (text): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: its default 'active' is a status, not a place
  aasm_state text,
-- INV:      input.sql:[[@LINE-1]]:3: public.customers.aasm_state (text): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: token 'aasm' marks data about the state or province, not the state or province itself
  kyc_state public.review_status,
-- INV:      input.sql:[[@LINE-1]]:3: public.customers.kyc_state (public.review_status): no personal-data category;
-- INV-NEXT: {{.*}}; rejected: 'kyc_state' with enum type public.review_status is a status
  billing_state text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.billing_state' stores contact data (state or province) in plaintext [plaintext-contact-field]
  home_state char(2),
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.home_state' stores contact data (state or province) in plaintext [plaintext-contact-field]
  region text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.customers.region' stores contact data (state or province) in plaintext [plaintext-contact-field]
);
-- A two-letter default is a place.
create table public.addresses (
  id bigint primary key,
  line1 text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.addresses.line1' stores contact data (postal address) in plaintext [plaintext-contact-field]
  state text default 'CA'
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.addresses.state' stores contact data (state or province) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: public.addresses.state (text): user.contact.address.state;
);

-- CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
