create table contacts (
  id bigint primary key,
  email text,
  phone text
);
