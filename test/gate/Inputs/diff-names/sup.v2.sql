create table public.s (
  id bigint primary key,
  backup_email text
);
