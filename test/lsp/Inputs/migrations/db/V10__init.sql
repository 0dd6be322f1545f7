create table public.members (id int, email text);
