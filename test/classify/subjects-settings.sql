-- Settings and places whose contact fields are not a person's, and the
-- settings entity that is a person's after all.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=WHY %s

-- A settings entity that keeps one setting per row (name, value): its other
-- columns say whose setting a row is.
create table public.offline_settings (id bigint, email text, name text, value text);
-- CHECK: input.sql:[[@LINE-1]]:50: warning: column 'public.offline_settings.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- WHY: input.sql:[[@LINE-2]]:50: public.offline_settings.email (text): user.contact.email; plaintext
-- WHY: subject person: entity 'offline_settings' ('settings') keeps one setting per row ('name', value): 'email' says whose setting it is
-- A settings record of the application (no key and value columns) stays
-- the system's.
create table public.mail_settings (id bigint, reply_email text, footer text);
-- WHY: input.sql:[[@LINE-1]]:47: public.mail_settings.reply_email (text): user.contact.email (system's);

-- A mail or text provider's settings: its sender address is the system's.
create table public.default_email_provider (workspace_id bigint, email_provider_id bigint, from_address text);
-- WHY: input.sql:[[@LINE-1]]:92: public.default_email_provider.from_address (text): user.contact.email (system's);

-- The origin of shipments is a place.
create table public.shipping_origin (id bigint, address text, city text, postal_code text);
-- WHY: input.sql:[[@LINE-1]]:49: public.shipping_origin.address (text): user.contact.address (organisation's);

-- What an email is filled with is no address.
create table public.programs (id bigint, invite_email_data jsonb, support_contact_email text);
-- WHY: input.sql:[[@LINE-1]]:42: public.programs.invite_email_data (jsonb): no personal-data category;
-- WHY-NEXT: rejected: token 'data' marks data about the email

-- CHECK: 1 finding (0 errors, 1 warning, 0 notes)
