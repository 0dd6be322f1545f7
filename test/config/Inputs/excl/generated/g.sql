create table public.g (
  email text
);
