-- Column types: domains named for contact data, arrays, and binary types.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create domain public.email_address as text check (value ~ '@');
create domain phone_number as varchar(16);
create domain encrypted_blob as bytea;
create domain public.label as text;

create table public.t (
  id int,
  -- A contact domain makes a neutral column name contact data.
  contact public.email_address,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.contact' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  reach phone_number,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.reach' stores contact data (phone number) in plaintext [plaintext-contact-field]
  -- A domain over bytea is binary, so encrypted (negative).
  email encrypted_blob,
  -- A neutral domain leaves the column's own name to decide.
  email2 public.label,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.email2' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  title public.label,
  -- Arrays of text, varchar and of a contact domain.
  emails text[],
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.emails' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  phone_numbers varchar(20)[],
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.phone_numbers' stores contact data (phone number) in plaintext [plaintext-contact-field]
  aliases public.email_address[],
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.t.aliases' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  -- Negative: arrays of booleans or of bytea.
  email_flags boolean[],
  email_blobs bytea[]
);

-- CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
