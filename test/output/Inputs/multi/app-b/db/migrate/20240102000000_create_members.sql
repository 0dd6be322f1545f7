create table public.members (
  id bigint primary key,
  contact_email text,
  street_address text
);
alter table public.members enable row level security;
create policy members_read on public.members for select to anon using (true);
grant select on public.members to anon;
