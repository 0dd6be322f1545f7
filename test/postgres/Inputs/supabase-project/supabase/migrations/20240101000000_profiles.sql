create table public.profiles (id uuid primary key, email text);
