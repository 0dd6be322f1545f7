-- One schema for every configuration test.
create table public.people (
  id bigint primary key,
  email text,
  phone text,
  kontakt_surat text,
  backup_email text
);
create schema api;
create table api.members (
  id bigint primary key,
  email text
);
grant select on public.people to web_anon;
grant select on api.members to anon;
grant select on public.people to anon;
