-- Under supabase/: the preset grants anon SELECT on public tables by default.
create table public.profiles (
  id uuid primary key,
  phone_number text,
  email_hash text
);
