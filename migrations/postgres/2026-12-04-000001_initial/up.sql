-- Areas (districts, or wards and communes after 2025), with the tier that sets the creation price.
CREATE TABLE areas (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    area_type TEXT NOT NULL,
    tier TEXT NOT NULL CHECK (tier IN ('urban', 'rural'))
);

-- District education and training offices. A unit with no office is managed by the Department.
CREATE TABLE offices (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    area_code TEXT REFERENCES areas (code),
    email TEXT
);

CREATE TABLE units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    area_code TEXT NOT NULL REFERENCES areas (code),
    office_id BIGINT REFERENCES offices (id),
    address TEXT,
    phone TEXT,
    invoice_email TEXT,
    tax_code TEXT,
    representative TEXT,
    representative_title TEXT,
    account_number TEXT,
    account_bank TEXT,
    website TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX units_office ON units (office_id);
CREATE INDEX units_area ON units (area_code);

CREATE TABLE tariffs (
    id BIGSERIAL PRIMARY KEY,
    effective_from DATE NOT NULL UNIQUE,
    creation_urban BIGINT NOT NULL CHECK (creation_urban > 0),
    creation_rural BIGINT NOT NULL CHECK (creation_rural > 0),
    maintenance BIGINT NOT NULL CHECK (maintenance > 0),
    vat_percent INTEGER CHECK (vat_percent IS NULL OR (vat_percent >= 0 AND vat_percent <= 100)),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('unit', 'district', 'centre')),
    unit_code TEXT REFERENCES units (code),
    office_id BIGINT REFERENCES offices (id),
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    CHECK (
        (role = 'unit' AND unit_code IS NOT NULL AND office_id IS NULL)
        OR (role = 'district' AND office_id IS NOT NULL AND unit_code IS NULL)
        OR (role = 'centre' AND unit_code IS NULL AND office_id IS NULL)
    )
);

CREATE TABLE refresh_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE contracts (
    id BIGSERIAL PRIMARY KEY,
    unit_code TEXT NOT NULL REFERENCES units (code),
    kind TEXT NOT NULL CHECK (kind IN ('creation', 'maintenance')),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'received', 'signed', 'cancelled')),
    start_date DATE NOT NULL,
    last_day DATE NOT NULL,
    tier TEXT NOT NULL CHECK (tier IN ('urban', 'rural')),
    monthly_fee BIGINT NOT NULL,
    months INTEGER NOT NULL,
    total BIGINT NOT NULL,
    vat_percent INTEGER,
    number_year INTEGER,
    number_seq INTEGER,
    details_snapshot TEXT,
    imported BOOLEAN NOT NULL DEFAULT FALSE,
    cancel_reason TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (number_year, number_seq)
);
CREATE INDEX contracts_unit ON contracts (unit_code);
-- At most one contract not yet in force per unit, enforced even under concurrent requests.
CREATE UNIQUE INDEX contracts_one_open ON contracts (unit_code)
    WHERE state IN ('draft', 'submitted', 'received');

CREATE TABLE contract_events (
    id BIGSERIAL PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    actor_role TEXT NOT NULL,
    note TEXT,
    at TIMESTAMP NOT NULL
);
CREATE INDEX contract_events_contract ON contract_events (contract_id);

CREATE TABLE payments (
    id BIGSERIAL PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    paid_on DATE NOT NULL,
    method TEXT NOT NULL,
    reference TEXT,
    recorded_by BIGINT REFERENCES users (id),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX payments_contract ON payments (contract_id);

-- Gapless yearly counters (contract numbers now, invoice series later).
CREATE TABLE number_sequences (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (series, year)
);
