-- Not contact data at all, in a people table where contact words would
-- otherwise count: the result of a check on an address, network and memory
-- addresses, voicemail, function-like and flag-like names, booleans,
-- timestamps and counts. Nothing here is reported, even with every contact
-- category in scope.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    exclude_categories: []\n' > all.yaml
-- RUN: not %privlint check --config all.yaml input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=WHY %s

-- An enumerated type named for emails holds labels, not addresses: no
-- finding for `kind`.
create type public."EmailType" as enum ('WELCOME_EMAIL', 'TRIAL_END_EMAIL');

create table public.users (
  id bigint primary key,
  kind public."EmailType",
  email text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.users.email' stores contact data (email) in plaintext [plaintext-contact-field]
  -- The result of a check on an address.
  billing_address_line1_check text,
  address_verified boolean,
  email_valid boolean,
  phone_check_result text,
  -- Network, memory and blockchain addresses.
  ip_address inet,
  last_sign_in_ip text,
  mac_address text,
  service_address text,
  wallet_address text,
  bitcoin_address text,
  contract_address text,
  allocation_address bigint,
  -- Voicemail.
  voicemail text,
  voice_mail_box text,
  -- Function-like and flag-like names.
  "checkPhone" text,
  has_phone boolean,
  is_email_confirmed boolean,
  send_email text,
  email_enabled boolean,
  get_email_address text,
  validate_address text,
  -- What a message template is filled with.
  email_props jsonb,
  phone_payload jsonb,
  -- What a language model is asked to write, and a log of emails.
  cold_email_prompt text,
  emails_subscription_history jsonb,
  -- Booleans, timestamps and counts stay out.
  phone_confirmed_at timestamptz,
  email_count integer
);
-- A bare address in an infrastructure table is a network address.
create table public.realmlist (id int, name text, address text, port int);
create table public.servers (id int, addr text);

-- CHECK: 1 finding (0 errors, 1 warning, 0 notes)

-- WHY: public.users.billing_address_line1_check (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'check' marks data about the postal address, not the postal address itself
-- WHY: public.users.service_address (text): no personal-data category;
-- WHY-NEXT: {{.*}} match 'service address', which is not personal data
-- WHY: public.users.checkPhone (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'check' marks data about the phone number, not the phone number itself
-- WHY: public.users.send_email (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'send' marks data about the email, not the email itself
-- WHY: public.users.get_email_address (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: 'get' first makes the name a function or a flag, not a value
-- WHY: public.users.email_props (jsonb): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'props' marks data about the email, not the email itself
-- WHY: public.users.phone_payload (jsonb): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'payload' marks data about the phone number, not the phone number itself
-- WHY: public.users.cold_email_prompt (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'prompt' marks data about the email, not the email itself
-- WHY: public.users.emails_subscription_history (jsonb): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: token 'history' marks data about the email, not the email itself
-- WHY: public.realmlist.address (text): no personal-data category;
-- WHY-NEXT: {{.*}}; rejected: 'address' in infrastructure entity 'realmlist' ('realm') is a network address
