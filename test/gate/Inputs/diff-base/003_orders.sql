create table public.orders (
  id bigint primary key,
  customer_email text
);
