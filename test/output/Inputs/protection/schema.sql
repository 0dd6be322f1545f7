create table public.accounts (
  id bigint primary key,
  email text,
  email_ciphertext bytea,
  phone_hash text,
  email_verified boolean not null default false,
  login_count integer
);
