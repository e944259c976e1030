-- Idempotency-Key on POST requests (com.voxhub.platform.web.idempotency): one row per (scope, key), scope being
-- the caller's account. status is NULL while the first request runs; then its answer is kept for replay until
-- expires_at (24 h by default). Services list classpath:db/platform first; the platform defaults set
-- spring.flyway.out-of-order so this version also applies to databases already past their own V1, V2...
CREATE TABLE idempotency_key (
    scope       TEXT        NOT NULL,
    idem_key    TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    status      INT,
    headers     JSONB,
    body        BYTEA,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_expires ON idempotency_key (expires_at);
