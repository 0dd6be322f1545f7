grant select on public.members to anon;
