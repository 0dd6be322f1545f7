-- VersiCRM - Makler- und Kundenverwaltung (DE/NL)
-- Schema crm; Spaltennamen deutsch, NL-Tochter (Verzekeringen BV) niederländisch.

CREATE SCHEMA crm;

CREATE TABLE crm.kunde (
    kunden_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kundennummer        varchar(12) NOT NULL UNIQUE,
    anrede              varchar(10),
    titel               varchar(20),
    vorname             varchar(80),
    nachname            varchar(80) NOT NULL,
    geburtsdatum        date,
    geburtsort          varchar(80),
    staatsangehoerigkeit char(2),
    familienstand       varchar(20),
    beruf               varchar(80),
    strasse             varchar(120),
    hausnummer          varchar(10),
    adresszusatz        varchar(120),
    plz                 varchar(5),
    ort                 varchar(80),
    bundesland          varchar(40),
    land                char(2) DEFAULT 'DE',
    telefon_privat      varchar(30),
    telefon_geschaeftlich varchar(30),
    handynummer         varchar(30),
    telefax             varchar(30),
    e_mail              varchar(254),
    email_bestaetigt_am timestamptz,
    werbeeinwilligung   boolean NOT NULL DEFAULT false,
    einwilligung_datum  timestamptz,
    bevorzugter_kanal   varchar(10),
    steuer_id           varchar(11),
    iban                varchar(34),
    bic                 varchar(11),
    kontoinhaber        varchar(120),
    betreuer_id         integer,
    status              varchar(15) NOT NULL DEFAULT 'aktiv',
    angelegt_am         timestamptz NOT NULL DEFAULT now(),
    geaendert_am        timestamptz
);

CREATE TABLE crm.anschrift (
    anschrift_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kunden_id           bigint NOT NULL REFERENCES crm.kunde(kunden_id),
    anschrift_typ       varchar(15) NOT NULL,   -- wohnsitz, post, rechnung
    strasse_hausnr      varchar(160) NOT NULL,
    postleitzahl        varchar(10) NOT NULL,
    wohnort             varchar(80) NOT NULL,
    staat               char(2) NOT NULL,
    gueltig_ab          date NOT NULL,
    gueltig_bis         date,
    postrueckläufer     boolean NOT NULL DEFAULT false
);

CREATE TABLE crm.makler (
    makler_id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    firmenname          varchar(160) NOT NULL,
    vermittlernummer    varchar(20) NOT NULL,
    ansprechpartner     varchar(120),
    email_ansprechpartner varchar(254),
    telefonnummer       varchar(30),
    faxnummer           varchar(30),
    geschaeftsadresse   text,
    provisionssatz      numeric(5,2),
    ihk_registriert     boolean NOT NULL DEFAULT false
);

CREATE TABLE crm.vertrag (
    vertrag_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vertragsnummer      varchar(20) NOT NULL UNIQUE,
    kunden_id           bigint NOT NULL REFERENCES crm.kunde(kunden_id),
    makler_id           integer REFERENCES crm.makler(makler_id),
    sparte              varchar(20) NOT NULL,   -- KFZ, Hausrat, Haftpflicht, Leben
    tarif               varchar(40) NOT NULL,
    beitrag_monatlich   numeric(10,2) NOT NULL,
    waehrung            char(3) NOT NULL DEFAULT 'EUR',
    zahlweise           varchar(12) NOT NULL,
    vertragsbeginn      date NOT NULL,
    vertragsende        date,
    kuendigungsfrist_monate smallint NOT NULL DEFAULT 3,
    vertragsstatus      varchar(15) NOT NULL,
    risikoanschrift_id  bigint REFERENCES crm.anschrift(anschrift_id),
    selbstbeteiligung   numeric(10,2)
);

CREATE TABLE crm.kfz_risiko (
    vertrag_id          bigint PRIMARY KEY REFERENCES crm.vertrag(vertrag_id),
    kennzeichen         varchar(12) NOT NULL,
    fahrgestellnummer   char(17),
    hsn                 char(4),
    tsn                 char(3),
    erstzulassung       date,
    zulassungsland      char(2),
    jahreskilometer     integer,
    garagenstellplatz   boolean
);

CREATE TABLE crm.schadenfall (
    schaden_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schadennummer       varchar(20) NOT NULL UNIQUE,
    vertrag_id          bigint NOT NULL REFERENCES crm.vertrag(vertrag_id),
    schadendatum        date NOT NULL,
    schadenort          varchar(200),
    schadenort_plz      varchar(10),
    schadenort_lat      numeric(9,6),
    schadenort_lon      numeric(9,6),
    hergang             text,
    geschaetzte_hoehe   numeric(12,2),
    gutachter_name      varchar(120),
    gutachter_telefon   varchar(30),
    gegner_name         varchar(120),
    gegner_anschrift    text,
    gegner_telefon      varchar(30),
    gegner_versicherung varchar(120),
    bearbeitungsstatus  varchar(20) NOT NULL DEFAULT 'gemeldet',
    gemeldet_am         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.kontakthistorie (
    eintrag_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kunden_id           bigint NOT NULL REFERENCES crm.kunde(kunden_id),
    kanal               varchar(10) NOT NULL,   -- telefon, email, brief, fax
    richtung            char(1) NOT NULL,       -- E eingehend, A ausgehend
    betreff             varchar(200),
    notiz               text,
    anrufdauer_sek      integer,
    mitarbeiter_id      integer,
    zeitpunkt           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.mitarbeiter (
    mitarbeiter_id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    personalnummer      varchar(10) NOT NULL,
    vorname             varchar(80) NOT NULL,
    nachname            varchar(80) NOT NULL,
    dienst_email        varchar(254) NOT NULL,
    durchwahl           varchar(6),
    diensthandy         varchar(30),
    abteilung           varchar(60),
    standort            varchar(60),
    ldap_uid            varchar(60)
);

CREATE TABLE crm.briefvorlage (
    vorlage_id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bezeichnung         varchar(120) NOT NULL,
    betreff             varchar(200),
    text_vorlage        text NOT NULL,
    absender_email      varchar(254),
    absender_fax        varchar(30)
);

CREATE TABLE crm.mailserver_konfig (
    id                  smallint PRIMARY KEY,
    smtp_host           varchar(255) NOT NULL,
    smtp_port           integer NOT NULL,
    smtp_benutzer       varchar(120),
    smtp_passwort       varchar(255),
    absenderadresse     varchar(254) NOT NULL,
    antwortadresse      varchar(254)
);

-- Niederlassung Niederlande (Verzekeringen BV)

CREATE TABLE crm.nl_klant (
    klant_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    klantnummer         varchar(12) NOT NULL UNIQUE,
    voorletters         varchar(10),
    tussenvoegsel       varchar(15),
    achternaam          varchar(80) NOT NULL,
    geboortedatum       date,
    bsn                 char(9),
    straatnaam          varchar(120),
    huisnummer          integer,
    huisnummer_toevoeging varchar(6),
    postcode            varchar(7),
    woonplaats          varchar(80),
    provincie           varchar(40),
    telefoonnummer      varchar(20),
    mobiel_nummer       varchar(20),
    e_mailadres         varchar(254),
    emailadres_geverifieerd boolean NOT NULL DEFAULT false,
    nieuwsbrief         boolean NOT NULL DEFAULT false,
    rekeningnummer      varchar(34),
    aangemaakt_op       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.nl_polis (
    polis_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    polisnummer         varchar(20) NOT NULL UNIQUE,
    klant_id            bigint NOT NULL REFERENCES crm.nl_klant(klant_id),
    product             varchar(40) NOT NULL,
    premie_per_maand    numeric(10,2) NOT NULL,
    ingangsdatum        date NOT NULL,
    einddatum           date,
    polisstatus         varchar(15) NOT NULL,
    risicoadres_postcode varchar(7),
    risicoadres_huisnummer integer
);

CREATE TABLE crm.nl_schademelding (
    melding_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    polis_id            bigint NOT NULL REFERENCES crm.nl_polis(polis_id),
    schadedatum         date NOT NULL,
    omschrijving        text,
    plaats_schade       varchar(120),
    contactpersoon      varchar(120),
    contact_telefoon    varchar(20),
    terugbelverzoek     boolean NOT NULL DEFAULT false,
    status_melding      varchar(20) NOT NULL,
    gemeld_op           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.import_protokoll (
    lauf_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quelle              varchar(40) NOT NULL,
    datei               varchar(255),
    zeilen_gesamt       integer,
    zeilen_fehler       integer,
    anzahl_emails       integer,
    anzahl_telefonnummern integer,
    gestartet_am        timestamptz NOT NULL,
    beendet_am          timestamptz
);

CREATE TABLE crm.login_protokoll (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mitarbeiter_id      integer REFERENCES crm.mitarbeiter(mitarbeiter_id),
    ip_adresse          inet,
    mac_adresse         macaddr,
    rechnername         varchar(60),
    erfolgreich         boolean NOT NULL,
    zeitpunkt           timestamptz NOT NULL DEFAULT now()
);
