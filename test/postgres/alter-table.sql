-- ALTER TABLE ... ADD / DROP / RENAME COLUMN and ALTER COLUMN ... TYPE change
-- which columns a table stores in plaintext.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.accounts (id bigint primary key, notes text);

-- ADD COLUMN: reported at the added column; several subcommands in one statement.
alter table public.accounts add column if not exists email text, add column phone text;
-- CHECK: input.sql:[[@LINE-1]]:54: warning: column 'public.accounts.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:77: warning: column 'public.accounts.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- Negative: adding a non-contact column.
alter table only public.accounts add nickname text;
-- Negative: IF EXISTS on a table that does not exist is a no-op.
alter table if exists public.missing add column email text;

-- DROP COLUMN: a dropped contact column is no longer reported.
create table public.dropped (id int, email text, phone text);
-- CHECK: input.sql:[[@LINE-1]]:50: warning: column 'public.dropped.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
alter table public.dropped drop column email;
-- Negative: dropping a non-contact column keeps the contact one.
alter table public.dropped drop column if exists id;

-- RENAME COLUMN to a contact name: reported at the definition, under the new name.
create table public.renamed_in (id int, notes text);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'public.renamed_in.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.renamed_in rename column notes to email;
-- Negative: RENAME COLUMN away from a contact name.
create table public.renamed_out (id int, email text);
alter table public.renamed_out rename column email to notes;

-- ALTER COLUMN ... TYPE bytea: now encrypted (negative).
create table public.to_bytea (id int, email text);
alter table public.to_bytea alter column email set data type bytea using convert_to(email, 'UTF8');
-- ALTER COLUMN ... TYPE text from bytea: plaintext again (positive).
create table public.from_bytea (id int, email bytea);
-- CHECK: input.sql:[[@LINE-1]]:41: warning: column 'public.from_bytea.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
alter table public.from_bytea alter column email type text;

-- CHECK: 5 findings (0 errors, 5 warnings, 0 notes)
