-- Sparkd dating app - Postgres 15
-- owner: match-platform team

CREATE SCHEMA IF NOT EXISTS dating;

CREATE TABLE dating.accounts (
    account_id          uuid PRIMARY KEY,
    login_email         text UNIQUE,
    email_confirmed     boolean NOT NULL DEFAULT false,
    email_confirm_token text,
    email_changed_at    timestamptz,
    phone_e164          text UNIQUE,
    phone_verification_code char(6),
    phone_verified_at   timestamptz,
    otp_attempts        smallint NOT NULL DEFAULT 0,
    password_hash       text,
    apple_sub           text UNIQUE,
    google_sub          text UNIQUE,
    signup_ip           inet,
    signup_country      char(2),
    account_status      text NOT NULL DEFAULT 'active'
        CHECK (account_status IN ('active', 'paused', 'banned', 'deleted')),
    ban_reason          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    last_active_at      timestamptz
);

CREATE TABLE dating.profiles (
    account_id          uuid PRIMARY KEY REFERENCES dating.accounts(account_id),
    display_name        text NOT NULL,
    birth_date          date NOT NULL,
    gender              text,
    pronouns            text,
    orientation         text,
    bio                 text,
    job_title           text,
    employer            text,
    school              text,
    height_cm           smallint,
    hometown            text,
    current_city        text,
    neighbourhood       text,
    location_lat        double precision,
    location_lng        double precision,
    location_updated_at timestamptz,
    max_distance_km     smallint NOT NULL DEFAULT 50,
    age_min             smallint NOT NULL DEFAULT 18,
    age_max             smallint NOT NULL DEFAULT 99,
    show_me             text NOT NULL DEFAULT 'everyone',
    instagram_handle    text,
    spotify_artists     jsonb,
    religion            text,
    drinking            text,
    smoking             text,
    wants_children      text,
    is_verified         boolean NOT NULL DEFAULT false,
    incognito           boolean NOT NULL DEFAULT false,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dating.profile_photos (
    photo_id        bigserial PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    position        smallint NOT NULL,
    storage_key     text NOT NULL,
    cdn_url         text NOT NULL,
    width_px        integer,
    height_px       integer,
    blurhash        text,
    moderation_state text NOT NULL DEFAULT 'pending',
    uploaded_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dating.prompts (
    prompt_id       serial PRIMARY KEY,
    text_en         text NOT NULL,
    active          boolean NOT NULL DEFAULT true
);

CREATE TABLE dating.profile_prompts (
    account_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    prompt_id       integer NOT NULL REFERENCES dating.prompts(prompt_id),
    answer          text NOT NULL,
    PRIMARY KEY (account_id, prompt_id)
);

CREATE TABLE dating.swipes (
    swiper_id       uuid NOT NULL REFERENCES dating.accounts(account_id),
    swipee_id       uuid NOT NULL REFERENCES dating.accounts(account_id),
    direction       text NOT NULL CHECK (direction IN ('left', 'right', 'super')),
    swiped_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (swiper_id, swipee_id)
);

CREATE TABLE dating.matches (
    match_id        bigserial PRIMARY KEY,
    account_a       uuid NOT NULL REFERENCES dating.accounts(account_id),
    account_b       uuid NOT NULL REFERENCES dating.accounts(account_id),
    matched_at      timestamptz NOT NULL DEFAULT now(),
    unmatched_at    timestamptz,
    unmatched_by    uuid
);

CREATE TABLE dating.messages (
    message_id      bigserial PRIMARY KEY,
    match_id        bigint NOT NULL REFERENCES dating.matches(match_id),
    sender_id       uuid NOT NULL REFERENCES dating.accounts(account_id),
    body            text,
    media_url       text,
    contains_phone_number boolean NOT NULL DEFAULT false,
    contains_email  boolean NOT NULL DEFAULT false,
    sent_at         timestamptz NOT NULL DEFAULT now(),
    read_at         timestamptz
);

CREATE TABLE dating.date_plans (
    plan_id         bigserial PRIMARY KEY,
    match_id        bigint NOT NULL REFERENCES dating.matches(match_id),
    venue_name      text,
    venue_address   text,
    venue_lat       double precision,
    venue_lng       double precision,
    planned_for     timestamptz
);

CREATE TABLE dating.safety_contacts (
    id              bigserial PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    contact_name    text NOT NULL,
    contact_mobile  text NOT NULL,
    contact_email   text,
    relationship    text,
    notify_on_date  boolean NOT NULL DEFAULT true
);

CREATE TABLE dating.reports (
    report_id       bigserial PRIMARY KEY,
    reporter_id     uuid NOT NULL REFERENCES dating.accounts(account_id),
    reported_id     uuid NOT NULL REFERENCES dating.accounts(account_id),
    reason          text NOT NULL,
    details         text,
    status          text NOT NULL DEFAULT 'open',
    handled_by      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dating.subscriptions (
    subscription_id bigserial PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    tier            text NOT NULL,
    store           text NOT NULL,
    store_transaction_id text NOT NULL,
    price_micros    bigint NOT NULL,
    currency_code   char(3) NOT NULL,
    storefront_country char(2),
    starts_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    auto_renew      boolean NOT NULL DEFAULT true
);

CREATE TABLE dating.billing_profiles (
    account_id      uuid PRIMARY KEY REFERENCES dating.accounts(account_id),
    invoice_email   text,
    cardholder_name text,
    billing_street  text,
    billing_city    text,
    billing_region  text,
    billing_zip     text,
    billing_country char(2),
    tax_id          text
);

CREATE TABLE dating.devices (
    device_id       uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    platform        text NOT NULL,
    model           text,
    idfa            text,
    fcm_token       text,
    last_ip         inet,
    wifi_mac        macaddr,
    carrier         text,
    app_build       integer,
    last_seen_at    timestamptz
);

CREATE TABLE dating.notification_prefs (
    account_id          uuid PRIMARY KEY REFERENCES dating.accounts(account_id),
    push_new_match      boolean NOT NULL DEFAULT true,
    push_messages       boolean NOT NULL DEFAULT true,
    email_digest        boolean NOT NULL DEFAULT false,
    email_frequency     text NOT NULL DEFAULT 'weekly',
    sms_security_alerts boolean NOT NULL DEFAULT true,
    quiet_hours_start   time,
    quiet_hours_end     time
);

CREATE TABLE dating.email_outbox (
    id              bigserial PRIMARY KEY,
    account_id      uuid REFERENCES dating.accounts(account_id),
    to_addr         text NOT NULL,
    from_addr       text NOT NULL DEFAULT 'no-reply@sparkd.app',
    subject         text NOT NULL,
    html            text,
    attempts        smallint NOT NULL DEFAULT 0,
    last_error      text,
    queued_at       timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);

CREATE TABLE dating.sms_outbox (
    id              bigserial PRIMARY KEY,
    account_id      uuid REFERENCES dating.accounts(account_id),
    to_number       text NOT NULL,
    sender_id       text NOT NULL DEFAULT 'Sparkd',
    body            text NOT NULL,
    segments        smallint,
    twilio_sid      text,
    queued_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dating.invite_links (
    code            text PRIMARY KEY,
    inviter_id      uuid NOT NULL REFERENCES dating.accounts(account_id),
    invitee_phone   text,
    invitee_email   text,
    clicks          integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dating.feature_flags (
    flag_key        text PRIMARY KEY,
    enabled         boolean NOT NULL DEFAULT false,
    rollout_pct     smallint NOT NULL DEFAULT 0,
    country_allowlist text[]
);
