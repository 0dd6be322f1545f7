create table public.users (
  id bigint primary key,
  email text not null,
  display_name text
);
grant select on public.users to anon;
