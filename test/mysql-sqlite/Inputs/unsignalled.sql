-- Subscribers of the newsletter.
create table subscribers (
  id int not null,
  email varchar(255) not null,
  unique key subscribers_email (email)
);
