-- A Supabase project: PostgREST serves every table the anon role can read.
create table public.profiles (
  id uuid primary key,
  email text not null,
  phone text,
  full_name text,
  avatar_url text
);
grant select on public.profiles to anon;

create table public.orders (
  id bigint primary key,
  shipping_address text,
  billing_email text,
  card_hash text
);
alter table public.orders enable row level security;
create policy "orders are public" on public.orders for select to anon using (true);
grant select on public.orders to anon;

create table public.secrets (
  id bigint primary key,
  email_ciphertext bytea,
  recovery_phone text
);
alter table public.secrets enable row level security;

create view public.profile_cards as select id, full_name, email from public.profiles;
grant select on public.profile_cards to anon;

create function public.lookup_secret(p bigint) returns setof public.secrets
  language sql security definer as $$ select * from public.secrets where id = p $$;
grant execute on function public.lookup_secret(bigint) to anon;
