create table public.a (
  email text
);
