-- Association sportive (France) : adhérents, licences, encadrants,
-- paramètres d'envoi des courriels.

create table adherents (
  id serial primary key,
  nom varchar(80) not null,
  prenom varchar(80) not null,
  date_de_naissance date not null,
  courriel varchar(150),
  telephone_portable varchar(20),
  telephone_fixe varchar(20),
  adresse text,
  complement_adresse text,
  code_postal char(5),
  ville varchar(80),
  pays varchar(60) default 'France',
  courriel_valide boolean not null default false,
  date_inscription date not null default current_date,
  nombre_de_courriels integer not null default 0
);

create table contacts_urgence (
  id serial primary key,
  adherent_id integer not null references adherents (id),
  nom varchar(120) not null,
  lien_parente varchar(40),
  tel varchar(20) not null
);

create table licences (
  id serial primary key,
  adherent_id integer not null references adherents (id),
  numero_licence varchar(20) not null,
  saison varchar(9) not null,
  type_licence varchar(20) not null
);

create table parametres_envoi (
  id smallint primary key,
  serveur_smtp varchar(120) not null,
  adresse_expediteur varchar(150) not null,
  objet_par_defaut varchar(200)
);
