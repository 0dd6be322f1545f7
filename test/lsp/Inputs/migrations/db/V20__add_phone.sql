alter table public.members add column phone text;
