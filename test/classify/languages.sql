-- Contact field names in Indonesian, Spanish, Portuguese, French, German and
-- Dutch, with a look-alike per language that must not be contact data.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint inventory %t/input.sql 2>&1 \
-- RUN:   | FileCheck --implicit-check-not=user.contact %s

-- Indonesian
create table pelanggan (
  id bigint primary key,
  surel text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.surel (text): user.contact.email;
  no_hp varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.no_hp (varchar(20)): user.contact.phone_number;
  nomor_telepon varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.nomor_telepon (varchar(20)): user.contact.phone_number;
  alamat text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.alamat (text): user.contact.address;
  kota text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.kota (text): user.contact.address.city;
  kode_pos char(5),
-- CHECK: input.sql:[[@LINE-1]]:3: public.pelanggan.kode_pos (char(5)): user.contact.address.postal_code;
  email_terverifikasi boolean,
  jumlah_email integer
);
create table pengaturan_email (smtp_host text, email_pengirim text);
-- CHECK: input.sql:[[@LINE-1]]:48: public.pengaturan_email.email_pengirim (text): user.contact.email (system's);

-- Spanish
create table clientes (
  id bigint primary key,
  correo_electronico text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.correo_electronico (text): user.contact.email;
  telefono_movil varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.telefono_movil (varchar(20)): user.contact.phone_number;
  celular varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.celular (varchar(20)): user.contact.phone_number;
  direccion text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.direccion (text): user.contact.address;
  codigo_postal varchar(10),
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.codigo_postal (varchar(10)): user.contact.address.postal_code;
  ciudad text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.clientes.ciudad (text): user.contact.address.city;
  acepta_correos boolean
);
create table plantillas_correo (asunto_correo text, cuerpo_correo text);

-- Portuguese
create table usuarios (
  id bigint primary key,
  telefone varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.usuarios.telefone (varchar(20)): user.contact.phone_number;
  endereco text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.usuarios.endereco (text): user.contact.address;
  cep char(8),
-- CHECK: input.sql:[[@LINE-1]]:3: public.usuarios.cep (char(8)): user.contact.address.postal_code;
  bairro text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.usuarios.bairro (text): user.contact.address.city;
  email_confirmado boolean
);
create table configuracoes_email (email_remetente text);
-- CHECK: input.sql:[[@LINE-1]]:35: public.configuracoes_email.email_remetente (text): user.contact.email (system's);

-- French
create table utilisateurs (
  id bigint primary key,
  courriel text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.utilisateurs.courriel (text): user.contact.email;
  telephone_portable varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.utilisateurs.telephone_portable (varchar(20)): user.contact.phone_number;
  adresse text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.utilisateurs.adresse (text): user.contact.address;
  code_postal char(5),
-- CHECK: input.sql:[[@LINE-1]]:3: public.utilisateurs.code_postal (char(5)): user.contact.address.postal_code;
  ville text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.utilisateurs.ville (text): user.contact.address.city;
  courriel_valide boolean
);
create table parametres_envoi (adresse_expediteur text);
-- CHECK: input.sql:[[@LINE-1]]:32: public.parametres_envoi.adresse_expediteur (text): user.contact.address (system's);

-- German
create table kunden (
  id bigint primary key,
  telefonnummer varchar(30),
-- CHECK: input.sql:[[@LINE-1]]:3: public.kunden.telefonnummer (varchar(30)): user.contact.phone_number;
  anschrift text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.kunden.anschrift (text): user.contact.address;
  strasse text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.kunden.strasse (text): user.contact.address.street;
  plz char(5),
-- CHECK: input.sql:[[@LINE-1]]:3: public.kunden.plz (char(5)): user.contact.address.postal_code;
  ort text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.kunden.ort (text): user.contact.address.city;
  email_bestaetigt_am timestamptz
);
create table smtp_einstellungen (absender_email text);
-- CHECK: input.sql:[[@LINE-1]]:34: public.smtp_einstellungen.absender_email (text): user.contact.email (system's);

-- Dutch
create table klanten (
  id bigint primary key,
  emailadres text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.klanten.emailadres (text): user.contact.email;
  telefoonnummer varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.klanten.telefoonnummer (varchar(20)): user.contact.phone_number;
  huisnummer varchar(10),
-- CHECK: input.sql:[[@LINE-1]]:3: public.klanten.huisnummer (varchar(10)): user.contact.address.street;
  postcode char(7),
-- CHECK: input.sql:[[@LINE-1]]:3: public.klanten.postcode (char(7)): user.contact.address.postal_code;
  woonplaats text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.klanten.woonplaats (text): user.contact.address.city;
  emailadres_geverifieerd boolean
);
create table instellingen (afzender_emailadres text);
-- CHECK: input.sql:[[@LINE-1]]:28: public.instellingen.afzender_emailadres (text): user.contact.email (system's);
