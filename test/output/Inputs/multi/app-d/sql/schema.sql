create table public.suppliers (
  id bigint primary key,
  email text
);
create view public.supplier_contacts as select id, email from public.suppliers;
grant select on public.supplier_contacts to anon;
