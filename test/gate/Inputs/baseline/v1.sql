create table public.users (
  id bigint primary key,
  email text not null,
  phone text
);
grant select on public.users to anon;
