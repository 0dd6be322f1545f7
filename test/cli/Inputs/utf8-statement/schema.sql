create table people (
  email text
);
create table t3 (x text default 'ÿ');
create table t2 (phone text);
