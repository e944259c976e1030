-- Tables every service gets from platform-support. Services number their own migrations V1, V2...
-- (version 0.1 sorts before them) and list classpath:db/platform first in spring.flyway.locations.

-- Transactional outbox: rows written in the caller's transaction, relayed to Kafka by OutboxRelay in id order.
CREATE TABLE outbox_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic       TEXT        NOT NULL,
    record_key  TEXT,
    record_type TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    headers     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at     TIMESTAMPTZ
);
-- The relay only ever scans unsent rows; keep that scan independent of how many sent rows are retained.
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumers: one row per (consumer, eventId) whose effect has been applied.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- API keys, stored hashed (hex SHA-256). campaign-service owns and writes them; the other services
-- materialize them from the compacted topic accounts.api-keys.
CREATE TABLE api_key (
    key_hash      TEXT        PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    account_login TEXT        NOT NULL,
    revoked_at    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX api_key_account ON api_key (account_id);
