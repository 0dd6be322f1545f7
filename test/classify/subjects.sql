-- Whose data a field holds: a person's, an organisation's or the system's.
-- The contact rules report only a person's; the inventory lists every
-- subject with its evidence. A field name naming a person's role makes the
-- field a person's in any entity; an entity that names no organisation or
-- system is taken as a person's (fail closed).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory input.sql | FileCheck --check-prefix=INV %s
-- RUN: %privlint inventory --explain --format json input.sql | FileCheck --check-prefix=JSON %s

-- People.
create table public.customers (id bigint primary key, email text, phone text);
-- CHECK: input.sql:[[@LINE-1]]:55: warning: column 'public.customers.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:67: warning: column 'public.customers.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
create table public.user_preferences (user_id bigint, notification_email text);
-- CHECK: input.sql:[[@LINE-1]]:55: warning: column 'public.user_preferences.notification_email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Organisations and places: their own contact data is not reported, a
-- person's role in the field's name is.
create table public.stores (
  id bigint primary key,
  email text,
-- INV: input.sql:[[@LINE-1]]:3: public.stores.email (text): user.contact.email (organisation's);
  phone text,
-- INV: input.sql:[[@LINE-1]]:3: public.stores.phone (text): user.contact.phone_number (organisation's);
  street_address text,
-- INV: input.sql:[[@LINE-1]]:3: public.stores.street_address (text): user.contact.address.street (organisation's);
  owner_email text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.stores.owner_email' stores contact data (email) in plaintext [plaintext-contact-field]
  manager_mobile_phone text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.stores.manager_mobile_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
);
create table public.companies (id bigint, main_phone text, contact_person_phone text, billing_email text);
-- CHECK: input.sql:[[@LINE-1]]:60: warning: column 'public.companies.contact_person_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:87: warning: column 'public.companies.billing_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-3]]:43: public.companies.main_phone (text): user.contact.phone_number (organisation's);
-- A message's recipient named by what was done (emailed_to) is a person's.
create table public.coupon_email_track (id bigint, coupon_id bigint, emailed_to text);
-- CHECK: input.sql:[[@LINE-1]]:70: warning: column 'public.coupon_email_track.emailed_to' stores contact data (email) in plaintext [plaintext-contact-field]
-- An organisation word before a customer's record says whose shop, not
-- whose contact data: a store's orders hold the buyer's email.
create table public.store_orders (id bigint, email text);
-- CHECK: input.sql:[[@LINE-1]]:46: warning: column 'public.store_orders.email' stores contact data (email) in plaintext [plaintext-contact-field]
create table public."StoreCart" (id bigint, email text);
-- CHECK: input.sql:[[@LINE-1]]:45: warning: column 'public.StoreCart.email' stores contact data (email) in plaintext [plaintext-contact-field]
create table public.warehouses (id bigint, address text);
-- INV: input.sql:[[@LINE-1]]:44: public.warehouses.address (text): user.contact.address (organisation's);
create table public.legal_entities (id bigint, registered_address text);
-- INV: input.sql:[[@LINE-1]]:48: public.legal_entities.registered_address (text): user.contact.address (organisation's);
create table public.workspaces (id bigint, email text);
-- INV: input.sql:[[@LINE-1]]:44: public.workspaces.email (text): user.contact.email (organisation's);
create table public.team_mailboxes (id bigint, email text);
-- INV: input.sql:[[@LINE-1]]:48: public.team_mailboxes.email (text): user.contact.email (organisation's);

-- The system's own settings: a sender address is the system's; a role is a
-- person's; a settings entity that refers to a person holds that person's.
create table public.app_settings (id bigint, sender_email text, support_phone text, admin_email text);
-- CHECK: input.sql:[[@LINE-1]]:85: warning: column 'public.app_settings.admin_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:46: public.app_settings.sender_email (text): user.contact.email (system's);
-- INV: input.sql:[[@LINE-3]]:65: public.app_settings.support_phone (text): user.contact.phone_number (system's);
create table public.phone_configurations (id bigint, user_id bigint, phone text);
-- CHECK: input.sql:[[@LINE-1]]:70: warning: column 'public.phone_configurations.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- Context rules do not overreach: a customer's email in a products table.
create table public.products (id bigint, sku text, support_email text, customer_email text);
-- CHECK: input.sql:[[@LINE-1]]:72: warning: column 'public.products.customer_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:52: public.products.support_email (text): user.contact.email (system's);

-- A sender of a message, a parcel or an order is a person.
create table public.messages (id bigint, sender_email text, body text);
-- CHECK: input.sql:[[@LINE-1]]:42: warning: column 'public.messages.sender_email' stores contact data (email) in plaintext [plaintext-contact-field]
create table public.parcels (id bigint, sender_phone text, return_address text);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'public.parcels.sender_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:60: warning: column 'public.parcels.return_address' stores contact data (postal address) in plaintext [plaintext-contact-field]

-- Fail closed: an entity that names nobody.
create table public.things (id bigint, email text);
-- CHECK: input.sql:[[@LINE-1]]:40: warning: column 'public.things.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Other languages: an Indonesian store (toko) and its owner (pemilik), a
-- Spanish company (empresa) and its customer (cliente), German suppliers.
create table public.toko (id bigint, telepon text, hp_pemilik text);
-- CHECK: input.sql:[[@LINE-1]]:52: warning: column 'public.toko.hp_pemilik' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:38: public.toko.telepon (text): user.contact.phone_number (organisation's);
create table public.empresas (id bigint, telefono text, telefono_cliente text);
-- CHECK: input.sql:[[@LINE-1]]:57: warning: column 'public.empresas.telefono_cliente' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:42: public.empresas.telefono (text): user.contact.phone_number (organisation's);
create table public.lieferanten (id bigint, email text);
-- INV: input.sql:[[@LINE-1]]:45: public.lieferanten.email (text): user.contact.email (organisation's);

-- CHECK: 19 findings (0 errors, 19 warnings, 0 notes)

-- The evidence, in the JSON inventory.
-- JSON:      "entity": "public.stores",
-- JSON:      "field": "owner_email",
-- JSON:      "subject": "person",
-- JSON-NEXT: "subject_evidence": [
-- JSON-NEXT:   "field name 'owner_email' names a person's role ('owner')"
-- JSON:      "entity": "public.app_settings",
-- JSON-NEXT: "entity_kind": "table",
-- JSON-NEXT: "table": null,
-- JSON-NEXT: "field": "sender_email",
-- JSON:      "subject": "system",
-- JSON-NEXT: "subject_evidence": [
-- JSON-NEXT:   "sender 'sender_email' ('sender') in entity 'app_settings' ('settings') is the system's own address"
-- JSON:      "field": "phone",
-- JSON:      "subject": "person",
-- JSON-NEXT: "subject_evidence": [
-- JSON-NEXT:   "entity 'phone_configurations' ('configurations') belongs to a person (field 'user_id')"
-- JSON:      "entity": "public.things",
-- JSON:      "subject": "person",
-- JSON-NEXT: "subject_evidence": [
-- JSON-NEXT:   "entity 'things' names no organisation or system: taken as a person's (fail closed)"
