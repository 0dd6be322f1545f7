-- Whose data a field holds, from more than the entity's name: a shipping
-- address names no person, a shared mailbox (support@, sales@) is an
-- organisation's, the sender in a log of sent mail is the application's,
-- formats of addresses are the system's, an organisation-named entity with
-- a person's own username is a person's, invitations and licensees are
-- people.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=INV %s

-- A site's shipping address is the site's own.
create table public.sites (id bigint primary key, shipping_address text);
-- INV: input.sql:[[@LINE-1]]:51: public.sites.shipping_address (text): user.contact.address (organisation's);
-- INV: subject organisation: entity 'sites' models an organisation or a place ('sites')

-- Shared mailboxes and lines: the organisation's, the system's in settings.
create table public.programs (id bigint primary key, support_email text, sales_phone text);
-- INV: input.sql:[[@LINE-1]]:54: public.programs.support_email (text): user.contact.email (organisation's);
-- INV: subject organisation: field name 'support_email' names an organisation's shared mailbox or line ('support')
-- INV: input.sql:[[@LINE-3]]:74: public.programs.sales_phone (text): user.contact.phone_number (organisation's);
create table public.app_settings (id bigint primary key, support_email text);
-- INV: input.sql:[[@LINE-1]]:58: public.app_settings.support_email (text): user.contact.email (system's);
-- INV: subject system: field name 'support_email' names a shared mailbox or line ('support') of entity 'app_settings' ('settings')

-- A log of sent mail: the sender is the application, the recipient a person.
create table public.email_logs (id bigint primary key, from_address text, to_address text);
-- CHECK: input.sql:[[@LINE-1]]:75: warning: column 'public.email_logs.to_address' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:56: public.email_logs.from_address (text): user.contact.email (system's);
-- INV: subject system: sender 'from_address' ('from') in entity 'email_logs' ('logs'), a record of what the application sent, is the application's own address
-- A message between people: the sender is a person.
create table public.messages (id bigint primary key, sender_email text, body text);
-- CHECK: input.sql:[[@LINE-1]]:54: warning: column 'public.messages.sender_email' stores contact data (email) in plaintext [plaintext-contact-field]

-- How addresses are written is the system's reference data.
create table public.address_formats (id bigint primary key, address_summary text);
-- INV: input.sql:[[@LINE-1]]:61: public.address_formats.address_summary (text): user.contact.address (system's);

-- Partners who log in with a username are people; vendors with a legal name
-- and a tax id are organisations.
create table public.partners (id bigint primary key, username text, email text, paypal_email text);
-- CHECK: input.sql:[[@LINE-1]]:69: warning: column 'public.partners.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:81: warning: column 'public.partners.paypal_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: subject person: entity 'partners' ('partners') holds a person's own 'username': it describes a person
create table public.vendors (id bigint primary key, legal_name text, tax_id text, email text);
-- INV: input.sql:[[@LINE-1]]:83: public.vendors.email (text): user.contact.email (organisation's);

-- An invitation goes to a person; a licensee is one.
create table public.partner_invites (id bigint primary key, email text, partner_id bigint);
-- CHECK: input.sql:[[@LINE-1]]:61: warning: column 'public.partner_invites.email' stores contact data (email) in plaintext [plaintext-contact-field]
create table public.instance_licenses (id bigint primary key, license_key text, licensee_email text);
-- CHECK: input.sql:[[@LINE-1]]:81: warning: column 'public.instance_licenses.licensee_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: subject person: field name 'licensee_email' names a person's role ('licensee')
