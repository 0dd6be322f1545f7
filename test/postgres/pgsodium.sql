-- SECURITY LABEL FOR pgsodium ... 'ENCRYPT WITH KEY ...' marks a column as
-- encrypted (Transparent Column Encryption): neither plaintext nor exposed.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.profiles (
  id uuid primary key,
  email text,
  phone text,
  key_id uuid,
  nonce bytea,
  address text
-- CHECK: input.sql:[[#ADDR:@LINE-1]]:3: warning: column 'public.profiles.address' stores contact data (postal address) in plaintext [plaintext-contact-field]
);
-- Positive for encryption: a key id, and a key column with nonce.
security label for pgsodium on column public.profiles.email is 'ENCRYPT WITH KEY ID 7a5b0f2a-0e4b-4cb0-a0fb-6f3b9e8c6d11';
security label for pgsodium on column public.profiles.phone is 'ENCRYPT WITH KEY COLUMN key_id NONCE nonce ASSOCIATED (id)';
-- Negative: another label provider does not encrypt.
security label for sepgsql on column public.profiles.address is 'ENCRYPT WITH KEY ID 7a5b0f2a-0e4b-4cb0-a0fb-6f3b9e8c6d11';

create table public.contacts (email text);
-- CHECK: input.sql:[[#CEMAIL:@LINE-1]]:31: warning: column 'public.contacts.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- Negative: a pgsodium label that is not an encryption label.
security label for pgsodium on column public.contacts.email is 'some other label';

grant select on public.profiles, public.contacts to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.contacts.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#CEMAIL]]:31: note: 'public.contacts.email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.profiles.address' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#ADDR]]:3: note: 'public.profiles.address' is defined here

-- CHECK: 4 findings (2 errors, 2 warnings, 0 notes)
