alter table public.customers add column email text;
alter table public.customers add column phone text;
