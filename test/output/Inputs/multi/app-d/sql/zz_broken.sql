create tabel broken (id int);
create table public.leads (mobile_phone text);
