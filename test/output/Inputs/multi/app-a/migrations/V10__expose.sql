-- V10 runs after V2 (version-aware order), so the columns exist.
grant select on public.customers to anon;
