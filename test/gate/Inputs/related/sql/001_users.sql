create table public.users (
  id bigint primary key,
  name text
);
grant select on public.users to anon;
