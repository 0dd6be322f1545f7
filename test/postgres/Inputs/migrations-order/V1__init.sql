create table public.members (id bigint primary key, email text);
