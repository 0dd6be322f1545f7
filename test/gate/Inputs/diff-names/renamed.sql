create table public.r (
  id bigint primary key,
  email text
);
