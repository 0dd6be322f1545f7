create table public.s (
  phone text
);
