-- Handwerksbetrieb (Deutschland): Kunden, Aufträge, Mitarbeiter,
-- Lieferanten und SMTP-Einstellungen.

create table kunden (
  id serial primary key,
  anrede varchar(10),
  vorname varchar(80),
  nachname varchar(80) not null,
  firma varchar(120),
  "straße" varchar(120),
  hausnummer varchar(10),
  plz char(5),
  ort varchar(80),
  land char(2) default 'DE',
  telefonnummer varchar(30),
  handynummer varchar(30),
  email varchar(150),
  telefax varchar(30),
  newsletter_einwilligung boolean not null default false,
  email_bestaetigt_am timestamptz,
  erstellt_am timestamptz not null default now()
);

create table auftraege (
  id serial primary key,
  kunde_id integer not null references kunden (id),
  auftragsnummer varchar(20) not null,
  einsatzort_anschrift text,
  ansprechpartner_telefon varchar(30),
  beschreibung text,
  termin timestamptz
);

create table mitarbeiter (
  id serial primary key,
  personalnummer varchar(10) not null,
  vorname varchar(80) not null,
  nachname varchar(80) not null,
  anschrift text,
  mobilnummer varchar(30),
  email_dienstlich varchar(150),
  geburtsdatum date
);

create table lieferanten (
  id serial primary key,
  firmenname varchar(150) not null,
  strasse varchar(120),
  postleitzahl char(5),
  stadt varchar(80),
  telefon varchar(30),
  email varchar(150),
  ust_id varchar(20)
);

create table smtp_einstellungen (
  id smallint primary key,
  smtp_server varchar(120) not null,
  absender_email varchar(150) not null,
  antwort_adresse varchar(150)
);
