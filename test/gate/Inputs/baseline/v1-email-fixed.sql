create table public.users (
  id bigint primary key,
  email bytea not null, -- privlint:encrypted
  phone text
);
grant select on public.users to anon;
