create table public.users (
  id bigint primary key,
  email bytea not null -- privlint:encrypted (pgsodium, key in the vault)
);
