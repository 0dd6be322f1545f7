-- On disk: no personal data. The tests pipe another buffer under this name.
create table public.people (
  id bigint primary key,
  handle text
);
