-- Nothing personal.
create table public.campaigns (id bigint primary key, title text);
