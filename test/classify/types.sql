-- Type constraints: email and addresses only in text-like types (text,
-- varchar, citext, char, arrays of them, json, a binary ciphertext); phone
-- also in integers. Booleans, timestamps, dates, uuids, enums, network
-- types are never contact data, whatever the column is called.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint inventory %t/input.sql 2>&1 \
-- RUN:   | FileCheck --implicit-check-not=user.contact %s

create extension if not exists citext;
create type contact_channel as enum ('email', 'phone', 'mail');
create domain email_address as citext check (value ~ '@');

create table public.customers (
  id bigint primary key,
  email citext,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.email (citext): user.contact.email;
  alt_emails text[],
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.alt_emails (text[]): user.contact.email;
  billing_address jsonb,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.billing_address (jsonb): user.contact.address;
  phone bigint,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.phone (bigint): user.contact.phone_number;
  zip integer,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.zip (integer): user.contact.address.postal_code;
  phone_ciphertext bytea,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.phone_ciphertext (bytea): user.contact.phone_number;
  contact email_address,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.contact (email_address): user.contact.email;
  state char(2),
-- CHECK: input.sql:[[@LINE-1]]:3: public.customers.state (char(2)): user.contact.address.state;

  city_id integer
);

-- Look-alikes rejected by their type, in a person-like table.
create table public.customer_preferences (
  customer_id bigint primary key,
  email boolean,
  mobile boolean,
  sms bool,
  phone_verified_at timestamptz,
  address date,
  street_number_uuid uuid,
  preferred_contact contact_channel,
  email_channel contact_channel,
  ip_address inet,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customer_preferences.ip_address (inet): user.device.ip_address;
  mac_address macaddr,
-- CHECK: input.sql:[[@LINE-1]]:3: public.customer_preferences.mac_address (macaddr): user.device.device_id;
  postal_code_valid boolean,
  country_updated timestamp
);
