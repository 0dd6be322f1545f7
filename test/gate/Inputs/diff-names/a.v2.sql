create table public.a (
  id bigint primary key,
  email text
);
