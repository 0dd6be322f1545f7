alter table public.users add column phone text;
alter table public.users add column mobile text;
