-- A small CRM with an HR module: companies and their contacts, leads,
-- logged activities, employees with emergency contacts, outbound campaigns.

create schema crm;
create schema hr;

create type crm.activity_kind as enum ('call', 'email', 'meeting', 'note');
create type crm.phone_label as enum ('work', 'mobile', 'home', 'fax', 'other');

create table crm.companies (
  id bigserial primary key,
  name text not null,
  domain text,
  website text,
  main_phone varchar(40),
  fax varchar(40),
  hq_address_line1 text,
  hq_city text,
  hq_region text,
  hq_postcode text,
  hq_country text,
  employee_count integer,
  industry text,
  created_at timestamptz not null default now()
);

create table crm.contacts (
  id bigserial primary key,
  company_id bigint references crm.companies (id),
  owner_user_id bigint,
  first_name text not null,
  last_name text,
  job_title text,
  work_email text,
  personal_email text,
  direct_dial varchar(40),
  mobile varchar(40),
  linkedin_url text,
  mailing_address text,
  email_opt_out boolean not null default false,
  do_not_call boolean not null default false,
  last_contacted_at timestamptz,
  lead_source text,
  created_at timestamptz not null default now()
);

-- One row per extra number of a contact (a contact can have several).
create table crm.contact_phone_numbers (
  id bigserial primary key,
  contact_id bigint not null references crm.contacts (id) on delete cascade,
  label crm.phone_label not null default 'work',
  phone_number varchar(40) not null,
  extension varchar(10),
  is_primary boolean not null default false
);

create table crm.leads (
  id bigserial primary key,
  full_name text,
  email text,
  phone text,
  company_name text,
  city text,
  country text,
  utm_source text,
  email_bounced boolean not null default false,
  score integer not null default 0,
  created_at timestamptz not null default now()
);

create table crm.activities (
  id bigserial primary key,
  contact_id bigint not null references crm.contacts (id),
  kind crm.activity_kind not null,
  email_subject text,
  email_message_id text,
  call_duration_seconds integer,
  phone_call_outcome text,
  notes text,
  occurred_at timestamptz not null
);

create table crm.email_campaigns (
  id bigserial primary key,
  name text not null,
  subject_line text not null,
  sender_email text not null,
  reply_to text,
  template_html text not null,
  scheduled_at timestamptz,
  recipients_count integer not null default 0
);

create table hr.departments (
  id serial primary key,
  name text not null,
  cost_center text,
  office_location text
);

create table hr.employees (
  id bigserial primary key,
  employee_number text not null unique,
  department_id integer references hr.departments (id),
  manager_id bigint references hr.employees (id),
  first_name text not null,
  last_name text not null,
  work_email text not null unique,
  private_email text,
  work_phone varchar(30),
  phone_extension varchar(8),
  mobile_phone varchar(30),
  home_phone varchar(30),
  home_address text,
  home_city text,
  home_postal_code varchar(12),
  home_country char(2),
  date_of_birth date,
  hire_date date not null,
  termination_date date,
  salary_cents bigint
);

create table hr.emergency_contacts (
  id bigserial primary key,
  employee_id bigint not null references hr.employees (id) on delete cascade,
  name text not null,
  relationship text,
  phone varchar(30) not null,
  alternate_phone varchar(30),
  email text
);

create table hr.payroll_settings (
  id smallint primary key,
  payslip_sender_email text not null,
  payslip_email_subject text not null,
  notify_address text,
  pay_day integer not null
);
