-- Huurwoningen (Nederland): huurders, woningen, reparatieverzoeken en
-- verzendinstellingen.

create table huurders (
  id serial primary key,
  voornaam varchar(80) not null,
  tussenvoegsel varchar(20),
  achternaam varchar(80) not null,
  emailadres varchar(150),
  telefoonnummer varchar(20),
  mobiel_nummer varchar(20),
  straat varchar(120),
  huisnummer varchar(10),
  huisnummer_toevoeging varchar(10),
  postcode char(7),
  woonplaats varchar(80),
  geboortedatum date,
  iban varchar(34),
  emailadres_geverifieerd boolean not null default false,
  aangemaakt_op timestamptz not null default now()
);

create table woningen (
  id serial primary key,
  straatnaam varchar(120) not null,
  huisnummer varchar(10) not null,
  postcode char(7) not null,
  plaats varchar(80) not null,
  woonoppervlakte integer,
  energielabel char(1)
);

create table huurcontracten (
  id serial primary key,
  huurder_id integer not null references huurders (id),
  woning_id integer not null references woningen (id),
  ingangsdatum date not null,
  correspondentieadres text
);

create table reparatieverzoeken (
  id serial primary key,
  huurcontract_id integer not null references huurcontracten (id),
  omschrijving text not null,
  terugbelnummer varchar(20),
  gemeld_op timestamptz not null default now()
);

create table verzendinstellingen (
  id smallint primary key,
  smtp_host varchar(120) not null,
  afzender_emailadres varchar(150) not null
);
