create table public.people (
  id bigint primary key,
  email text
);
grant select on public.people to anon;
