-- Context rules: the entity a field belongs to. Ambiguous words (mobile,
-- state, region, addr, line1) count only in person-like entities; contact
-- words in settings, templates and mail configuration are the service's own
-- and are not a person's contact data; business entities are reported.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint inventory %t/input.sql 2>&1 \
-- RUN:   | FileCheck --implicit-check-not=user.contact %s

-- Person-like: the ambiguous words are contact data.
create table public.members (
  id bigint primary key,
  mobile varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.members.mobile (varchar(20)): user.contact.phone_number;
  addr text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.members.addr (text): user.contact.address;
  state text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.members.state (text): user.contact.address.state;
  region text
-- CHECK: input.sql:[[@LINE-1]]:3: public.members.region (text): user.contact.address.state;
);

create table public.addresses (
  id bigint primary key,
  line1 text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.addresses.line1 (text): user.contact.address;
  district text
-- CHECK: input.sql:[[@LINE-1]]:3: public.addresses.district (text): user.contact.address.city;
);

-- Not person-like: the same words are something else.
create table public.deployments (
  id bigint primary key,
  state text,
  region text,
  mobile boolean,
  addr text
);
create table public.invoice_lines (id bigint, invoice_id bigint, line1 text, cell text);

-- The service's own mail configuration and message templates.
create table public.mailer_settings (
  smtp_host text,
  from_address text,
  reply_to_email text,
  support_phone text
);
create table public.templates (id bigint, name text, email text, subject text, body text);
create table public.email_campaigns (id bigint, sender_email text, reply_to text);

-- A person token wins over a settings token: these are a user's own.
create table public.user_settings (
  user_id bigint primary key,
  notification_email text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.user_settings.notification_email (text): user.contact.email;
  email_notifications boolean
);

-- Geographic lookup tables are not anybody's address.
create table public.countries (code char(2) primary key, country text);
create table public.cities (id bigint primary key, city text, state text);

-- Business entities are reported (a vendor's contact may be a person).
create table public.vendors (
  id bigint primary key,
  email text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.email (text): user.contact.email;
  phone text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.phone (text): user.contact.phone_number;
  street_address text
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.street_address (text): user.contact.address.street;
);

-- Settings and templates in the other languages.
create table public.pengaturan_toko (email_pengirim text);
create table public.configuracion_correo (correo_remitente text);
create table public.plantillas (correo text, asunto text);
create table public.einstellungen (absender_email text, antwort_adresse text);
create table public.parametres (adresse_expediteur text);
