-- A line with non-ASCII characters before the column: é is 2 UTF-8 bytes and
-- 1 UTF-16 code unit, 😀 is 4 UTF-8 bytes and 2 UTF-16 code units.
create table public.café (id bigint, /* é😀 */ email text);
grant select on public.café to anon;
