-- Online shop: customers, their address book, orders with shipping and
-- billing snapshots, the shop's own mail settings and message templates.

create extension if not exists citext;

create type notification_channel as enum ('email', 'sms', 'push');
create type address_kind as enum ('shipping', 'billing', 'both');

create table stores (
  id bigserial primary key,
  name text not null,
  contact_email text,
  phone varchar(32),
  street_address text,
  city text,
  postal_code varchar(16),
  country_code char(2) not null default 'US',
  currency char(3) not null default 'USD',
  created_at timestamptz not null default now()
);

create table customers (
  id bigserial primary key,
  store_id bigint not null references stores (id),
  email citext not null unique,
  email_verified boolean not null default false,
  email_verified_at timestamptz,
  first_name text,
  last_name text,
  phone varchar(32),
  phone_confirmed_at timestamptz,
  marketing_email_opt_in boolean not null default false,
  preferred_channel notification_channel not null default 'email',
  default_shipping_address_id bigint,
  default_billing_address_id bigint,
  last_login_ip inet,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table customer_addresses (
  id bigserial primary key,
  customer_id bigint not null references customers (id) on delete cascade,
  kind address_kind not null default 'shipping',
  recipient_name text not null,
  company text,
  address_line1 text not null,
  address_line2 text,
  city text not null,
  state_province text,
  postal_code varchar(16),
  country char(2) not null,
  phone varchar(32),
  delivery_instructions text,
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);

alter table customers
  add constraint customers_default_shipping_fk
  foreign key (default_shipping_address_id) references customer_addresses (id);

create table orders (
  id bigserial primary key,
  customer_id bigint references customers (id),
  order_number text not null unique,
  status text not null default 'pending',
  contact_email text not null,
  contact_phone text,
  shipping_name text,
  shipping_street text,
  shipping_city text,
  shipping_state text,
  shipping_zip text,
  shipping_country char(2),
  billing_address jsonb,
  subtotal_cents integer not null,
  shipping_cents integer not null default 0,
  tracking_number text,
  confirmation_email_sent_at timestamptz,
  placed_at timestamptz not null default now()
);

create table order_events (
  id bigserial primary key,
  order_id bigint not null references orders (id),
  event text not null,
  email_id bigint,
  remote_addr inet,
  user_agent text,
  created_at timestamptz not null default now()
);

create table guest_checkouts (
  id uuid primary key,
  email text not null,
  mobile_number varchar(20),
  zip_code varchar(10),
  cart jsonb not null,
  expires_at timestamptz not null
);

create table newsletter_subscriptions (
  id bigserial primary key,
  email text not null unique,
  subscribed boolean not null default true,
  unsubscribe_token text not null,
  source text,
  created_at timestamptz not null default now()
);

create table products (
  id bigserial primary key,
  store_id bigint not null references stores (id),
  sku text not null,
  title text not null,
  country_of_origin char(2),
  weight_grams integer,
  price_cents integer not null
);

create table mailer_settings (
  id smallint primary key default 1,
  smtp_host text not null,
  smtp_port integer not null default 587,
  smtp_username text,
  smtp_password text,
  from_address text not null,
  from_name text,
  reply_to_email text,
  bcc_address text
);

create table email_templates (
  id bigserial primary key,
  slug text not null unique,
  email_subject text not null,
  email_body text not null,
  locale text not null default 'en'
);

create table customer_stats (
  customer_id bigint primary key references customers (id),
  email_count integer not null default 0,
  emails_opened integer not null default 0,
  sms_count integer not null default 0,
  last_email_sent_at timestamptz
);

create table crypto_payments (
  id bigserial primary key,
  order_id bigint not null references orders (id),
  wallet_address text not null,
  contract_address text,
  tx_hash text not null,
  network text not null
);
