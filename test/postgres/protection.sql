-- Protection evidence: bytea and encryption-convention names are encrypted
-- (never reported); hashing-convention names are hashed (not plaintext, but
-- exposed); markers in SQL comments on the column's line or directly above it.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.vault (
  id bigint,
  -- Encrypted by type or name.
  email bytea,
  email_ciphertext text,
  encrypted_phone text,
  phone_encrypted text,
  address_enc text,
  -- Hashed by name.
  email_hash text,
  phone_digest text,
  email_bidx text,
  phone_fingerprint text,
  hashed_email text,
  -- Markers in a comment on the column's line.
  contact_email text, -- privlint:encrypted
  sales_phone text, -- privlint:not-personal
  -- A marker on the comment line directly above.
  -- privlint:hashed
  backup_email text,
  -- privlint:not-personal
  support_email text,
  -- privlint:category=user.contact.phone_number
  reach text,
-- CHECK: input.sql:[[#REACH:@LINE-1]]:3: warning: column 'public.vault.reach' stores contact data (phone number) in plaintext [plaintext-contact-field]
  -- Negative: a marker separated from the column by a blank line.
  -- privlint:encrypted

  spaced_email text,
-- CHECK: input.sql:[[#SPACED:@LINE-1]]:3: warning: column 'public.vault.spaced_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  -- Negative: an unrelated comment above.
  -- the number we call
  home_phone text
-- CHECK: input.sql:[[#HOME:@LINE-1]]:3: warning: column 'public.vault.home_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
);

-- Every hashed and plaintext contact column is exposed; encrypted and
-- not-personal ones are not.
grant select on public.vault to anon;
-- CHECK: input.sql:[[#GRANT:@LINE-1]]:1: error: role 'anon' can read contact data 'public.vault.backup_email' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:26:3: note: 'public.vault.backup_email' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.email_bidx' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:18:3: note: 'public.vault.email_bidx' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.email_hash' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:16:3: note: 'public.vault.email_hash' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.hashed_email' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:20:3: note: 'public.vault.hashed_email' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.home_phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#HOME]]:3: note: 'public.vault.home_phone' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.phone_digest' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:17:3: note: 'public.vault.phone_digest' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.phone_fingerprint' without authentication; it is hashed, which still lets known values be matched [contact-exposed-without-auth]
-- CHECK: input.sql:19:3: note: 'public.vault.phone_fingerprint' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.reach' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#REACH]]:3: note: 'public.vault.reach' is defined here
-- CHECK: input.sql:[[#GRANT]]:1: error: role 'anon' can read contact data 'public.vault.spaced_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#SPACED]]:3: note: 'public.vault.spaced_email' is defined here

-- CHECK: 12 findings (9 errors, 3 warnings, 0 notes)
