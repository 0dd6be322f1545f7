create table public.suppliers (
  id bigint primary key,
  contact_person_email text
);
create view public.supplier_contacts as select id, contact_person_email from public.suppliers;
grant select on public.supplier_contacts to anon;
