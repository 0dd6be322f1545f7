create table public.b (
  phone text
);
