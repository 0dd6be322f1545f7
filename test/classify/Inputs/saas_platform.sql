-- Multi-tenant SaaS back office: workspaces and members, notification
-- plumbing, outgoing mail configuration, audit trail, webhooks, billing
-- profiles, and the on-chain payouts module.

create type notification_channel as enum ('email', 'sms', 'slack', 'webhook');
create type delivery_status as enum ('queued', 'sent', 'bounced', 'failed');

create table workspaces (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  name text not null,
  billing_email text,
  support_url text,
  region text not null default 'eu-west-1',
  plan text not null default 'free',
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique,
  email_confirmed_at timestamptz,
  unconfirmed_email text,
  recovery_email text,
  phone text,
  phone_verified boolean not null default false,
  phone_country_code varchar(4),
  display_name text,
  avatar_url text,
  timezone text,
  last_sign_in_ip inet,
  failed_login_attempts integer not null default 0,
  created_at timestamptz not null default now()
);

create table workspace_members (
  workspace_id uuid not null references workspaces (id),
  user_id uuid not null references users (id),
  role text not null default 'member',
  invited_email text,
  invited_by uuid references users (id),
  primary key (workspace_id, user_id)
);

create table notification_preferences (
  user_id uuid not null references users (id),
  channel notification_channel not null,
  email_digest boolean not null default true,
  email_frequency text not null default 'daily',
  sms_enabled boolean not null default false,
  primary key (user_id, channel)
);

create table outbound_messages (
  id bigserial primary key,
  workspace_id uuid not null references workspaces (id),
  channel notification_channel not null,
  to_address text not null,
  cc_emails text[],
  to_phone text,
  template_id bigint,
  subject text,
  status delivery_status not null default 'queued',
  provider_message_id text,
  sent_at timestamptz
);

create table templates (
  id bigserial primary key,
  workspace_id uuid references workspaces (id),
  name text not null,
  channel notification_channel not null,
  email_subject text,
  email_html text,
  sms_body text,
  default_from_email text,
  updated_at timestamptz not null default now()
);

create table mailer_config (
  id smallint primary key default 1,
  smtp_host text not null,
  smtp_port integer not null,
  smtp_user text,
  smtp_password text,
  from_address text not null,
  from_name text not null,
  reply_to_email text,
  bounce_address text,
  dkim_domain text
);

create table audit_log (
  id bigserial primary key,
  workspace_id uuid references workspaces (id),
  actor_user_id uuid references users (id),
  actor_email text,
  action text not null,
  target_type text,
  target_id text,
  ip_address inet,
  user_agent text,
  created_at timestamptz not null default now()
);

create table webhook_endpoints (
  id bigserial primary key,
  workspace_id uuid not null references workspaces (id),
  url text not null,
  secret text not null,
  remote_addr text,
  enabled boolean not null default true
);

create table billing_profiles (
  workspace_id uuid primary key references workspaces (id),
  legal_name text,
  invoice_email text,
  tax_id text,
  address jsonb,
  vat_country char(2)
);

create table payout_accounts (
  id bigserial primary key,
  workspace_id uuid not null references workspaces (id),
  wallet_address text not null,
  contract_address text,
  chain_id integer not null,
  ens_name text
);

create table device_sessions (
  id bigserial primary key,
  user_id uuid not null references users (id),
  mac_address macaddr,
  ip_address inet,
  push_token text,
  last_seen_at timestamptz
);
