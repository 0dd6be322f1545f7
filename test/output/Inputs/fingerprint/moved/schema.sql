-- The same schema as ../before/schema.sql, with lines added above the table,
-- a column inserted before `email`, and the grant moved: no fingerprint may
-- change, because fingerprints hash names, not positions.

create table public.people (
  id bigint primary key,
  handle text,
  created_at timestamptz not null default now(),
      email text
);

-- a comment between the table and the grant

grant select on public.people to anon;
