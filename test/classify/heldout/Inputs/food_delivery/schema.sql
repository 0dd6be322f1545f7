-- FoodRunner: consumer food-delivery platform, core database.
-- Generated from migrations 0001..0087, squashed 2024-03.

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE order_state AS ENUM (
    'created', 'accepted', 'preparing', 'ready_for_pickup',
    'picked_up', 'delivered', 'cancelled', 'refunded'
);

CREATE TYPE contact_channel AS ENUM ('email', 'sms', 'push', 'whatsapp');

CREATE TABLE customers (
    id                  bigserial PRIMARY KEY,
    public_id           uuid NOT NULL DEFAULT gen_random_uuid(),
    first_name          varchar(80),
    last_name           varchar(80),
    email               citext NOT NULL UNIQUE,
    email_verified_at   timestamptz,
    mobile_number       varchar(20),
    mobile_verified     boolean NOT NULL DEFAULT false,
    phone_confirmed_at  timestamptz,
    sms_opt_in          boolean NOT NULL DEFAULT false,
    marketing_emails    boolean NOT NULL DEFAULT false,
    preferred_channel   contact_channel NOT NULL DEFAULT 'push',
    password_digest     varchar(255),
    default_address_id  bigint,
    locale              varchar(10) DEFAULT 'en-GB',
    currency            char(3) NOT NULL DEFAULT 'GBP',
    avatar_url          text,
    referral_code       varchar(16) UNIQUE,
    referred_by_id      bigint REFERENCES customers(id),
    orders_count        integer NOT NULL DEFAULT 0,
    last_login_ip       inet,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz
);

CREATE TABLE customer_addresses (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    label           varchar(40),            -- "Home", "Work"
    line1           varchar(200) NOT NULL,
    line2           varchar(200),
    flat_number     varchar(20),
    town            varchar(100) NOT NULL,
    county          varchar(100),
    postcode        varchar(10) NOT NULL,
    country_code    char(2) NOT NULL DEFAULT 'GB',
    latitude        numeric(9,6),
    longitude       numeric(9,6),
    delivery_instructions text,
    door_code       varchar(20),
    is_default      boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE customers
    ADD CONSTRAINT customers_default_address_fk
    FOREIGN KEY (default_address_id) REFERENCES customer_addresses(id);

CREATE TABLE restaurants (
    id                  bigserial PRIMARY KEY,
    slug                varchar(120) NOT NULL UNIQUE,
    name                varchar(200) NOT NULL,
    cuisine             varchar(60),
    owner_name          varchar(160),
    owner_email         varchar(254),
    orders_phone        varchar(32),
    street_address      varchar(255),
    city                varchar(100),
    postal_code         varchar(12),
    geo_lat             double precision,
    geo_lng             double precision,
    delivery_radius_km  numeric(4,1) DEFAULT 3.0,
    logo_url            text,
    cover_image_url     text,
    website             text,
    commission_rate     numeric(5,4) NOT NULL DEFAULT 0.3000,
    is_open             boolean NOT NULL DEFAULT false,
    rating_avg          numeric(3,2),
    rating_count        integer NOT NULL DEFAULT 0,
    onboarded_at        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE restaurant_hours (
    restaurant_id   bigint NOT NULL REFERENCES restaurants(id),
    weekday         smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens_at        time NOT NULL,
    closes_at       time NOT NULL,
    PRIMARY KEY (restaurant_id, weekday, opens_at)
);

CREATE TABLE menu_items (
    id              bigserial PRIMARY KEY,
    restaurant_id   bigint NOT NULL REFERENCES restaurants(id),
    title           varchar(160) NOT NULL,
    description     text,
    price_cents     integer NOT NULL,
    currency        char(3) NOT NULL DEFAULT 'GBP',
    image_url       text,
    calories        integer,
    allergens       text[],
    origin_country  char(2),
    is_available    boolean NOT NULL DEFAULT true,
    sort_order      integer NOT NULL DEFAULT 0
);

CREATE TABLE couriers (
    id                  bigserial PRIMARY KEY,
    full_name           varchar(160) NOT NULL,
    email_address       varchar(254) NOT NULL UNIQUE,
    phone               varchar(24) NOT NULL,
    whatsapp_number     varchar(24),
    home_address        text,
    home_postcode       varchar(10),
    vehicle_type        varchar(20) NOT NULL,     -- bike, scooter, car
    vehicle_plate       varchar(16),
    national_insurance_no varchar(13),
    bank_account_iban   varchar(34),
    device_id           varchar(64),
    push_token          text,
    app_version         varchar(20),
    is_online           boolean NOT NULL DEFAULT false,
    shift_zone          varchar(40),
    background_check_status varchar(20) DEFAULT 'pending',
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE courier_locations (
    courier_id      bigint NOT NULL REFERENCES couriers(id),
    recorded_at     timestamptz NOT NULL,
    lat             double precision NOT NULL,
    lon             double precision NOT NULL,
    heading_deg     smallint,
    speed_kmh       real,
    accuracy_m      real,
    PRIMARY KEY (courier_id, recorded_at)
);

CREATE TABLE orders (
    id                      bigserial PRIMARY KEY,
    order_number            varchar(20) NOT NULL UNIQUE,
    customer_id             bigint NOT NULL REFERENCES customers(id),
    restaurant_id           bigint NOT NULL REFERENCES restaurants(id),
    courier_id              bigint REFERENCES couriers(id),
    delivery_address_id     bigint REFERENCES customer_addresses(id),
    -- snapshot of the address at checkout time
    dropoff_street          varchar(255),
    dropoff_city            varchar(100),
    dropoff_postcode        varchar(10),
    dropoff_lat             numeric(9,6),
    dropoff_lng             numeric(9,6),
    contact_phone           varchar(24),
    order_state             order_state NOT NULL DEFAULT 'created',
    state_changed_at        timestamptz,
    subtotal_cents          integer NOT NULL,
    delivery_fee_cents      integer NOT NULL DEFAULT 0,
    tip_cents               integer NOT NULL DEFAULT 0,
    currency                char(3) NOT NULL DEFAULT 'GBP',
    notes_for_restaurant    text,
    scheduled_for           timestamptz,
    placed_at               timestamptz NOT NULL DEFAULT now(),
    delivered_at            timestamptz,
    client_ip               inet,
    user_agent              text
);

CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE INDEX orders_state_idx ON orders (order_state) WHERE order_state NOT IN ('delivered', 'cancelled');

CREATE TABLE order_items (
    id              bigserial PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    menu_item_id    bigint NOT NULL REFERENCES menu_items(id),
    quantity        integer NOT NULL CHECK (quantity > 0),
    unit_price_cents integer NOT NULL,
    special_request text
);

CREATE TABLE order_events (
    id              bigserial PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES orders(id),
    from_state      order_state,
    to_state        order_state NOT NULL,
    actor_type      varchar(20) NOT NULL,
    actor_id        bigint,
    occurred_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payments (
    id                  bigserial PRIMARY KEY,
    order_id            bigint NOT NULL REFERENCES orders(id),
    provider            varchar(20) NOT NULL,        -- stripe, adyen
    provider_ref        varchar(80) NOT NULL,
    card_brand          varchar(20),
    card_last4          char(4),
    billing_zip         varchar(10),
    amount_cents        integer NOT NULL,
    currency            char(3) NOT NULL,
    status              varchar(20) NOT NULL,
    receipt_email       varchar(254),
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE promo_codes (
    code                varchar(32) PRIMARY KEY,
    discount_percent    smallint,
    max_redemptions     integer,
    redemptions_count   integer NOT NULL DEFAULT 0,
    valid_country       char(2),
    valid_until         date
);

CREATE TABLE ratings (
    order_id            bigint PRIMARY KEY REFERENCES orders(id),
    food_stars          smallint,
    delivery_stars      smallint,
    comment             text,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification_templates (
    id              serial PRIMARY KEY,
    key             varchar(80) NOT NULL UNIQUE,
    channel         contact_channel NOT NULL,
    subject         varchar(200),
    body_text       text NOT NULL,
    body_html       text,
    sms_sender_id   varchar(11),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification_log (
    id              bigserial PRIMARY KEY,
    customer_id     bigint REFERENCES customers(id),
    template_id     integer REFERENCES notification_templates(id),
    channel         contact_channel NOT NULL,
    recipient_email varchar(254),
    recipient_msisdn varchar(20),
    provider_message_id varchar(100),
    delivery_status varchar(20),
    bounced         boolean NOT NULL DEFAULT false,
    sent_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer_devices (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES customers(id),
    platform        varchar(10) NOT NULL,
    device_model    varchar(60),
    os_version      varchar(20),
    push_token      text,
    mac_address     macaddr,
    ip_address      inet,
    last_seen_at    timestamptz
);

CREATE TABLE support_tickets (
    id              bigserial PRIMARY KEY,
    customer_id     bigint REFERENCES customers(id),
    order_id        bigint REFERENCES orders(id),
    callback_number varchar(24),
    reply_to_email  varchar(254),
    topic           varchar(40) NOT NULL,
    message         text NOT NULL,
    status          varchar(20) NOT NULL DEFAULT 'open',
    opened_at       timestamptz NOT NULL DEFAULT now(),
    closed_at       timestamptz
);

CREATE TABLE mail_settings (
    id              smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    smtp_host       varchar(255) NOT NULL,
    smtp_port       integer NOT NULL DEFAULT 587,
    smtp_username   varchar(255),
    smtp_password   varchar(255),
    from_email      varchar(254) NOT NULL,
    from_name       varchar(100),
    support_phone   varchar(24),
    bounce_address  varchar(254)
);

CREATE TABLE email_suppressions (
    email_sha256    bytea PRIMARY KEY,
    reason          varchar(20) NOT NULL,
    suppressed_at   timestamptz NOT NULL DEFAULT now()
);
