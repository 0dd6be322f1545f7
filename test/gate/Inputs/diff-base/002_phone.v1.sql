alter table public.users add column phone text;
