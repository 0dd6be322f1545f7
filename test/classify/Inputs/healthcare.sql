-- Outpatient clinic: patients, their guardians and insurers, providers,
-- appointments with reminders, referrals faxed to other practices.

create type reminder_channel as enum ('sms', 'email', 'voice', 'none');
create type phone_kind as enum ('mobile', 'home', 'work');

create domain us_postal_code as text check (value ~ '^\d{5}(-\d{4})?$');

create table practices (
  id serial primary key,
  name text not null,
  npi char(10) not null,
  phone varchar(20) not null,
  fax_number varchar(20),
  address_line_1 text not null,
  address_line_2 text,
  city text not null,
  state char(2) not null,
  zip us_postal_code not null,
  timezone text not null default 'America/Chicago'
);

create table providers (
  id serial primary key,
  practice_id integer not null references practices (id),
  npi char(10) not null unique,
  first_name text not null,
  last_name text not null,
  credentials text,
  specialty text,
  office_phone varchar(20),
  pager varchar(20),
  direct_email text,
  accepting_new_patients boolean not null default true
);

create table patients (
  id bigserial primary key,
  mrn text not null unique,
  practice_id integer not null references practices (id),
  first_name text not null,
  middle_name text,
  last_name text not null,
  date_of_birth date not null,
  sex char(1),
  email text,
  cell_phone varchar(20),
  home_phone varchar(20),
  preferred_phone phone_kind,
  street text,
  apt_suite text,
  city text,
  state char(2),
  zip us_postal_code,
  county text,
  country text default 'US',
  preferred_language text,
  reminder_channel reminder_channel not null default 'sms',
  portal_email_confirmed boolean not null default false,
  ssn_last4 char(4),
  created_at timestamptz not null default now()
);

create table patient_guardians (
  id bigserial primary key,
  patient_id bigint not null references patients (id),
  relationship text not null,
  full_name text not null,
  phone varchar(20) not null,
  email text,
  same_address_as_patient boolean not null default true,
  address text
);

create table insurance_policies (
  id bigserial primary key,
  patient_id bigint not null references patients (id),
  payer_name text not null,
  payer_phone varchar(20),
  member_number text not null,
  group_number text,
  subscriber_name text,
  subscriber_dob date,
  subscriber_address jsonb
);

create table appointments (
  id bigserial primary key,
  patient_id bigint not null references patients (id),
  provider_id integer not null references providers (id),
  starts_at timestamptz not null,
  duration_minutes integer not null default 30,
  reason text,
  reminder_sent_at timestamptz,
  sms_reminder_count smallint not null default 0,
  callback_number varchar(20),
  telehealth_url text,
  room text
);

create table referrals (
  id bigserial primary key,
  patient_id bigint not null references patients (id),
  referring_provider_id integer references providers (id),
  receiving_practice_name text not null,
  receiving_fax varchar(20),
  receiving_phone varchar(20),
  fax_sent_at timestamptz,
  fax_status text,
  fax_page_count smallint
);

create table lab_results (
  id bigserial primary key,
  patient_id bigint not null references patients (id),
  test_code text not null,
  value_numeric numeric,
  unit text,
  ph numeric(4,2),
  cell_count integer,
  reported_at timestamptz not null
);

create table notification_settings (
  id smallint primary key,
  sms_sender_number varchar(20) not null,
  twilio_phone_number varchar(20),
  from_email text not null,
  reminder_hours_before integer not null default 24
);
