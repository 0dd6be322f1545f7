create table public.customers (
  id bigint primary key,
  name text
);
