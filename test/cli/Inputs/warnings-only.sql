-- Warnings only: a plaintext email, not exposed.
create table public.people (
  id bigint primary key,
  email text
);
