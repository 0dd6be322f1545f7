-- CREATE TABLE: contact columns are reported where they are defined; other
-- columns, and tables in any schema, are read without findings.
-- privlint reads the other .sql files of a directory as migration context, so
-- the test runs on a copy of itself in a directory of its own.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.members (
  id bigint primary key,
  display_name text not null,
  email text not null,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK-NEXT: {{^}}  email text not null,{{$}}
-- CHECK-NEXT: {{^}}  ^~~~~{{$}}
  phone varchar(32),
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  home_address text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.home_address' stores contact data (postal address) in plaintext [plaintext-contact-field]
  city text,
  postal_code text,
  fax_number text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.members.fax_number' stores contact data (fax number) in plaintext [plaintext-contact-field]
  follower_count integer not null default 0,
  created_at timestamptz not null default now()
);

-- Several columns on one line: each at its own column number.
create table public.leads (id int, contact_email text, notes text, mobile_number text);
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'public.leads.contact_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:68: warning: column 'public.leads.mobile_number' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- No schema: the table is in public.
create table subscribers (email text);
-- CHECK: input.sql:[[@LINE-1]]:27: warning: column 'public.subscribers.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Quoted identifiers keep their case.
create table public."Contacts" ("Email" text, "Phone Number" varchar(20));
-- CHECK: input.sql:[[@LINE-1]]:33: warning: column 'public.Contacts.Email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:47: warning: column 'public.Contacts.Phone Number' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- A table outside the exposed schemas still stores plaintext.
create schema if not exists private;
create table private.staff (id int, work_email text);
-- CHECK: input.sql:[[@LINE-1]]:37: warning: column 'private.staff.work_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Unlogged and partitioned tables are tables too.
create unlogged table public.outbox (recipient_email text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.outbox.recipient_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]

-- Negative: no contact column, no finding.
create table public.campaigns (
  id bigserial primary key,
  title text not null,
  budget_cents bigint not null,
  starts_on date
);

-- CHECK: 11 findings (0 errors, 11 warnings, 0 notes)
