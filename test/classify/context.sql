-- Context rules: the entity a field belongs to. Ambiguous words (mobile,
-- state, region, addr, line1) count only in person-like entities; contact
-- words in settings, templates and mail configuration are the system's own,
-- and those of business entities the organisation's: the inventory lists
-- them with their subject, and the contact rules do not report them.
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
-- CHECK: input.sql:[[@LINE-1]]:3: public.mailer_settings.from_address (text): user.contact.email (system's);
  reply_to_email text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.mailer_settings.reply_to_email (text): user.contact.email (system's);
  support_phone text
-- CHECK: input.sql:[[@LINE-1]]:3: public.mailer_settings.support_phone (text): user.contact.phone_number (system's);
);
create table public.templates (id bigint, name text, email text, subject text, body text);
-- CHECK: input.sql:[[@LINE-1]]:54: public.templates.email (text): user.contact.email (system's);
create table public.email_campaigns (id bigint, sender_email text, reply_to text);
-- CHECK: input.sql:[[@LINE-1]]:49: public.email_campaigns.sender_email (text): user.contact.email (system's);
-- CHECK: input.sql:[[@LINE-2]]:68: public.email_campaigns.reply_to (text): user.contact.email (system's);

-- A person token wins over a settings token: these are a user's own.
create table public.user_settings (
  user_id bigint primary key,
  notification_email text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.user_settings.notification_email (text): user.contact.email;
  email_notifications boolean
);

-- Geographic lookup tables are not anybody's address.
create table public.countries (code char(2) primary key, country text);
-- CHECK: input.sql:[[@LINE-1]]:58: public.countries.country (text): user.contact.address.country (system's);
create table public.cities (id bigint primary key, city text, state text);
-- CHECK: input.sql:[[@LINE-1]]:52: public.cities.city (text): user.contact.address.city (system's);
-- CHECK: input.sql:[[@LINE-2]]:63: public.cities.state (text): user.contact.address.state (system's);

-- Business entities hold the organisation's contact data.
create table public.vendors (
  id bigint primary key,
  email text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.email (text): user.contact.email (organisation's);
  phone text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.phone (text): user.contact.phone_number (organisation's);
  street_address text
-- CHECK: input.sql:[[@LINE-1]]:3: public.vendors.street_address (text): user.contact.address.street (organisation's);
);

-- Settings and templates in the other languages.
create table public.pengaturan_toko (email_pengirim text);
-- CHECK: input.sql:[[@LINE-1]]:38: public.pengaturan_toko.email_pengirim (text): user.contact.email (system's);
create table public.configuracion_correo (correo_remitente text);
-- CHECK: input.sql:[[@LINE-1]]:43: public.configuracion_correo.correo_remitente (text): user.contact.email (system's);
create table public.plantillas (correo text, asunto text);
-- CHECK: input.sql:[[@LINE-1]]:33: public.plantillas.correo (text): user.contact.email (system's);
create table public.einstellungen (absender_email text, antwort_adresse text);
-- CHECK: input.sql:[[@LINE-1]]:36: public.einstellungen.absender_email (text): user.contact.email (system's);
-- CHECK: input.sql:[[@LINE-2]]:57: public.einstellungen.antwort_adresse (text): user.contact.address (system's);
create table public.parametres (adresse_expediteur text);
-- CHECK: input.sql:[[@LINE-1]]:33: public.parametres.adresse_expediteur (text): user.contact.address (system's);
