create table users (
  id bigint primary key,
  email text,
  phone text
);
