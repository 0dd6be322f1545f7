create table public.orders (id bigint primary key);
