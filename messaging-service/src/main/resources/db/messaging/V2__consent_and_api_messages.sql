-- Who asked for a message and why: campaign job, seed-001 API send, transactional send, or our HELP answer.
ALTER TABLE message ADD COLUMN origin       TEXT NOT NULL DEFAULT 'campaign';
-- The acting recruiter (seed 001 x-ph-userid) and the candidate (seed 001 candidateId, else the job reference).
ALTER TABLE message ADD COLUMN user_id      TEXT;
ALTER TABLE message ADD COLUMN candidate_id TEXT;
-- Seed-001 history and transactional queries: one account, one channel, a time range, newest first.
CREATE INDEX message_account_history ON message (account_id, channel, created_at DESC);

-- The consent ledger, one across channels: the latest status per (account, channel, address).
CREATE TABLE consent (
    account_id  BIGINT      NOT NULL,
    channel     TEXT        NOT NULL,
    address     TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    reason      TEXT,
    user_id     TEXT,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, channel, address)
);

-- Every consent change as it happened (seed 001 optIn/history).
CREATE TABLE consent_history (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    channel     TEXT        NOT NULL,
    address     TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    reason      TEXT,
    user_id     TEXT,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX consent_history_address ON consent_history (account_id, address, id DESC);
