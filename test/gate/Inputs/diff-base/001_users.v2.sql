-- Users of the app. Two comment lines added above the table move every
-- existing line down; `backup_email` is a new line.
create table public.users (
  id bigint primary key,
  email text not null,
  backup_email text,
  display_name text
);
grant select on public.users to anon;
