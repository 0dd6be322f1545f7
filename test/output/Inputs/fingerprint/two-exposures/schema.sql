-- One field, two exposures: a grant on the table and a grant on a view over it.
create table public.people (
  id bigint primary key,
  email text
);
create view public.people_directory as select id, email from public.people;
grant select on public.people to anon;
grant select on public.people_directory to anon;
