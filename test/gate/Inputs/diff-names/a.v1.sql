create table public.a (
  id bigint primary key
);
