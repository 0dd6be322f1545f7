revoke select on public.members from anon;
