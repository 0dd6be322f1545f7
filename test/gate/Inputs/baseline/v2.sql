-- Users of the app. These comment lines were added above the table,
-- and a column before `email`: every finding moves down, none is new.

create table public.users (
  id bigint primary key,
  display_name text,
  email text not null,
  phone text,
  contact_email text
);
grant select on public.users to anon;
