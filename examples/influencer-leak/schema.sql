-- Influencer marketplace: the 2019 Chtrbox mistake in one migration.
-- A table of influencer contact details is created in the schema the API
-- serves, row-level security is never enabled, and the anonymous API role is
-- granted SELECT: anyone with the public API key can read every email and phone.

create table public.influencers (
  contact_email text not null,
  id bigserial primary key,
  handle text not null,
  display_name text,
  phone_number varchar(32),
  follower_count integer not null default 0,
  email_verified boolean not null default false,
  phone_confirmed_at timestamptz,
  created_at timestamptz not null default now()
);

create table public.campaigns (
  id bigserial primary key,
  influencer_id bigint not null references public.influencers (id),
  title text not null,
  budget_cents bigint not null
);

-- The brands dashboard reads campaigns and influencers through PostgREST.
grant usage on schema public to anon;
grant select on public.campaigns to anon;

-- "temporary, for the demo" -- and still there when the database leaked.
-- Run: privlint check examples/influencer-leak/schema.sql
grant select on public.influencers to anon;
