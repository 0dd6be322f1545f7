-- Foreign keys: a column that references another entity is not contact data
-- itself (`email_id`, `address_id`), whether the reference is inline, a
-- table constraint or added later by ALTER TABLE; the referenced table's own
-- columns are classified where they are defined.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint inventory %t/input.sql 2>&1 \
-- RUN:   | FileCheck --implicit-check-not=user.contact %s

create table public.email_addresses (
  id bigserial primary key,
  email text not null unique
-- CHECK: input.sql:[[@LINE-1]]:3: public.email_addresses.email (text): user.contact.email;
);

create table public.customer_addresses (
  id bigserial primary key,
  street text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customer_addresses.street (text): user.contact.address.street;
  postal_code text
-- CHECK: input.sql:[[@LINE-1]]:3: public.customer_addresses.postal_code (text): user.contact.address.postal_code;
);

create table public.customers (
  id bigserial primary key,
  primary_email bigint references public.email_addresses (id),
  billing_address bigint,
  shipping_address bigint,
  phone text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.phone (text): user.contact.phone_number;
  constraint customers_billing_fk foreign key (billing_address)
    references public.customer_addresses (id)
);

alter table public.customers
  add constraint customers_shipping_fk foreign key (shipping_address)
  references public.customer_addresses (id);

create table public.phone_numbers (
  id uuid primary key,
  e164 varchar(16) not null
-- CHECK: input.sql:[[@LINE-1]]:3: public.phone_numbers.e164 (varchar(16)): user.contact.phone_number;
);

-- Keys named for the data, with or without a constraint.
create table public.email_events (
  id bigserial primary key,
  email_id bigint,
  address_id integer,
  phone_number_id uuid references public.phone_numbers (id)
);
