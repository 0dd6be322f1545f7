-- shipwell-core: parcel & freight shipping platform
-- migrations squashed by `make schema-dump` -- do not edit by hand

CREATE TABLE accounts (
    id                  BIGSERIAL PRIMARY KEY,
    account_number      VARCHAR(12) NOT NULL UNIQUE,
    company_name        VARCHAR(200),
    account_type        VARCHAR(16) NOT NULL DEFAULT 'smb',
    vat_number          VARCHAR(20),
    primary_contact_name  VARCHAR(160),
    primary_contact_email VARCHAR(254) NOT NULL,
    primary_contact_phone VARCHAR(30),
    billing_email       VARCHAR(254),
    credit_limit_cents  BIGINT NOT NULL DEFAULT 0,
    payment_terms_days  SMALLINT NOT NULL DEFAULT 30,
    currency            CHAR(3) NOT NULL DEFAULT 'EUR',
    api_key_prefix      VARCHAR(8),
    webhook_url         TEXT,
    webhook_secret      TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE addresses (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT REFERENCES accounts(id),
    addressee       VARCHAR(160),
    company         VARCHAR(160),
    street1         VARCHAR(200) NOT NULL,
    street2         VARCHAR(200),
    house_number    VARCHAR(16),
    city            VARCHAR(100) NOT NULL,
    region          VARCHAR(100),
    postal_code     VARCHAR(16),
    country         CHAR(2) NOT NULL,
    phone           VARCHAR(30),
    email           VARCHAR(254),
    is_residential  BOOLEAN NOT NULL DEFAULT TRUE,
    validated       BOOLEAN NOT NULL DEFAULT FALSE,
    validation_source VARCHAR(20),
    geocode_lat     NUMERIC(9,6),
    geocode_lon     NUMERIC(9,6),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE warehouses (
    id              SERIAL PRIMARY KEY,
    code            VARCHAR(8) NOT NULL UNIQUE,
    name            VARCHAR(120) NOT NULL,
    site_address_id BIGINT REFERENCES addresses(id),
    dock_count      SMALLINT,
    timezone        VARCHAR(40) NOT NULL,
    operating_country CHAR(2) NOT NULL,
    cutoff_time     TIME
);

CREATE TABLE carriers (
    id              SERIAL PRIMARY KEY,
    scac            CHAR(4) UNIQUE,
    name            VARCHAR(120) NOT NULL,
    tracking_url_template TEXT,
    api_endpoint    TEXT,
    supports_pickup BOOLEAN NOT NULL DEFAULT FALSE,
    home_country    CHAR(2)
);

CREATE TABLE shipments (
    id                      BIGSERIAL PRIMARY KEY,
    reference               VARCHAR(40) NOT NULL,
    account_id              BIGINT NOT NULL REFERENCES accounts(id),
    carrier_id              INTEGER REFERENCES carriers(id),
    service_level           VARCHAR(20) NOT NULL,
    from_address_id         BIGINT NOT NULL REFERENCES addresses(id),
    to_address_id           BIGINT NOT NULL REFERENCES addresses(id),
    return_address_id       BIGINT REFERENCES addresses(id),
    -- denormalised recipient for label printing
    ship_to_name            VARCHAR(160),
    ship_to_street          VARCHAR(200),
    ship_to_city            VARCHAR(100),
    ship_to_zip             VARCHAR(16),
    ship_to_country         CHAR(2),
    ship_to_phone           VARCHAR(30),
    notify_email            VARCHAR(254),
    shipment_status         VARCHAR(20) NOT NULL DEFAULT 'draft',
    status_updated_at       TIMESTAMPTZ,
    tracking_number         VARCHAR(40),
    label_url               TEXT,
    weight_grams            INTEGER,
    length_mm               INTEGER,
    width_mm                INTEGER,
    height_mm               INTEGER,
    declared_value_cents    BIGINT,
    declared_currency       CHAR(3),
    origin_country          CHAR(2),
    destination_country     CHAR(2),
    incoterm                CHAR(3),
    requires_signature      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    shipped_at              TIMESTAMPTZ,
    delivered_at            TIMESTAMPTZ
);

CREATE INDEX shipments_tracking_idx ON shipments (tracking_number);
CREATE INDEX shipments_status_idx ON shipments (shipment_status);

CREATE TABLE customs_items (
    id              BIGSERIAL PRIMARY KEY,
    shipment_id     BIGINT NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    description     VARCHAR(200) NOT NULL,
    hs_code         VARCHAR(12),
    country_of_origin CHAR(2) NOT NULL,
    quantity        INTEGER NOT NULL,
    unit_value_cents BIGINT NOT NULL,
    net_weight_grams INTEGER
);

CREATE TABLE tracking_events (
    id              BIGSERIAL PRIMARY KEY,
    shipment_id     BIGINT NOT NULL REFERENCES shipments(id),
    event_code      VARCHAR(10) NOT NULL,
    description     TEXT,
    event_city      VARCHAR(100),
    event_country   CHAR(2),
    facility_code   VARCHAR(12),
    lat             NUMERIC(9,6),
    lng             NUMERIC(9,6),
    occurred_at     TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE delivery_attempts (
    id              BIGSERIAL PRIMARY KEY,
    shipment_id     BIGINT NOT NULL REFERENCES shipments(id),
    attempt_no      SMALLINT NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    signed_by       VARCHAR(120),
    signature_image_url TEXT,
    photo_proof_url TEXT,
    left_with_neighbour_at VARCHAR(200),
    driver_id       BIGINT,
    attempted_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE drivers (
    id              BIGSERIAL PRIMARY KEY,
    employee_code   VARCHAR(16) NOT NULL,
    full_name       VARCHAR(160) NOT NULL,
    mobile_no       VARCHAR(30) NOT NULL,
    tel             VARCHAR(30),
    license_number  VARCHAR(30),
    license_country CHAR(2),
    depot_id        INTEGER REFERENCES warehouses(id),
    handheld_imei   VARCHAR(17),
    handheld_mac    MACADDR,
    active          BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE pickups (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES accounts(id),
    pickup_address_id BIGINT NOT NULL REFERENCES addresses(id),
    contact_person  VARCHAR(160),
    contact_tel     VARCHAR(30),
    ready_from      TIMESTAMPTZ NOT NULL,
    ready_until     TIMESTAMPTZ NOT NULL,
    pickup_state    VARCHAR(20) NOT NULL DEFAULT 'requested',
    confirmation_no VARCHAR(30)
);

CREATE TABLE returns (
    id              BIGSERIAL PRIMARY KEY,
    original_shipment_id BIGINT NOT NULL REFERENCES shipments(id),
    rma_number      VARCHAR(20) NOT NULL,
    reason_code     VARCHAR(20),
    customer_email  VARCHAR(254),
    customer_whatsapp VARCHAR(30),
    state           VARCHAR(20) NOT NULL DEFAULT 'open',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE rate_cards (
    id              SERIAL PRIMARY KEY,
    carrier_id      INTEGER NOT NULL REFERENCES carriers(id),
    origin_zone     VARCHAR(10) NOT NULL,
    dest_zone       VARCHAR(10) NOT NULL,
    zip_prefix_from VARCHAR(5),
    zip_prefix_to   VARCHAR(5),
    weight_max_grams INTEGER NOT NULL,
    price_cents     INTEGER NOT NULL,
    currency        CHAR(3) NOT NULL,
    valid_from      DATE NOT NULL
);

CREATE TABLE postal_code_zones (
    country         CHAR(2) NOT NULL,
    postal_code     VARCHAR(16) NOT NULL,
    zone            VARCHAR(10) NOT NULL,
    remote_area     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (country, postal_code)
);

CREATE TABLE invoices (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES accounts(id),
    invoice_no      VARCHAR(20) NOT NULL UNIQUE,
    bill_to_address TEXT,
    bill_to_email   VARCHAR(254),
    total_cents     BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    issued_on       DATE NOT NULL,
    due_on          DATE NOT NULL,
    paid_at         TIMESTAMPTZ,
    pdf_url         TEXT
);

CREATE TABLE notification_settings (
    account_id          BIGINT PRIMARY KEY REFERENCES accounts(id),
    notify_on_exception BOOLEAN NOT NULL DEFAULT TRUE,
    notify_on_delivery  BOOLEAN NOT NULL DEFAULT FALSE,
    email_count_today   INTEGER NOT NULL DEFAULT 0,
    sms_count_today     INTEGER NOT NULL DEFAULT 0,
    sender_domain       VARCHAR(120),
    dkim_selector       VARCHAR(60),
    reply_to_mailbox    VARCHAR(254)
);

CREATE TABLE api_request_log (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT REFERENCES accounts(id),
    method          VARCHAR(8) NOT NULL,
    path            TEXT NOT NULL,
    status_code     SMALLINT NOT NULL,
    remote_ip       INET,
    duration_ms     INTEGER,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
