-- latin-1, not UTF-8, in a comment on line 5
create table public.people (
  email text
);
-- café
create table public.leads (phone text);
