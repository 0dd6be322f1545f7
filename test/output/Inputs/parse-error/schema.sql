create table public.a (id bigint);
create tabel public.b (id bigint);
