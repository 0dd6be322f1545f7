-- Names that look like contact data but are not: flags, timestamps, counts,
-- references, kinds, network addresses. Granted to anon, still no finding.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.users (id bigint primary key);

create table public.lookalikes (
  id bigint primary key,
  email_verified boolean not null default false,
  phone_confirmed_at timestamptz,
  email_count integer,
  email_id bigint references public.users (id),
  address_type text,
  ip_address inet,
  mac_address macaddr,
  email_opt_in boolean,
  phone_verified_at timestamp,
  email_template text
);
grant select on public.lookalikes to anon;

-- The positive counterpart: one real contact column among them.
create table public.lookalikes2 (
  email_verified boolean,
  email text
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:3: warning: column 'public.lookalikes2.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
);

-- CHECK: 1 finding (0 errors, 1 warning, 0 notes)
