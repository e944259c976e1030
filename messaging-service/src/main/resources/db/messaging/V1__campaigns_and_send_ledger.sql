-- Campaign snapshots materialized from campaign.campaigns: only what sending needs.
CREATE TABLE campaign (
    campaign_id         BIGINT      PRIMARY KEY,
    account_id          BIGINT      NOT NULL,
    version             BIGINT      NOT NULL,
    name                TEXT        NOT NULL,
    channel             TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    sender              TEXT,
    sms_template        TEXT,
    sms_invite_template TEXT,
    email_subject       TEXT,
    email_template      TEXT,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The send ledger: one row per message, i.e. per (job, attempt). The intent (status SENDING, rendered body) is
-- committed before the provider request; the provider's id after it.
CREATE TABLE message (
    message_id          TEXT        PRIMARY KEY,
    account_id          BIGINT      NOT NULL,
    campaign_id         BIGINT,
    job_id              BIGINT,
    attempt             INT         NOT NULL DEFAULT 1,
    channel             TEXT        NOT NULL,
    destination         TEXT,
    -- Template variables from the job (fields and data), rendered when the message is sent.
    model               JSONB       NOT NULL DEFAULT '{}'::jsonb,
    simulation          BOOLEAN     NOT NULL DEFAULT false,
    sender              TEXT,
    subject             TEXT,
    body                TEXT,
    text_body           TEXT,
    segments            INT         NOT NULL DEFAULT 0,
    status              TEXT        NOT NULL,
    reason              TEXT,
    provider            TEXT,
    provider_message_id TEXT,
    send_after          TIMESTAMPTZ NOT NULL,
    deferrals           INT         NOT NULL DEFAULT 0,
    sending_since       TIMESTAMPTZ,
    accepted_at         TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT message_job_attempt UNIQUE (job_id, attempt)
);
-- The dispatcher's scan: due pending messages only, however many sent ones are kept.
CREATE INDEX message_due ON message (send_after) WHERE status = 'PENDING';
-- The reconciler's scan: messages whose provider request outcome may be unknown.
CREATE INDEX message_sending ON message (sending_since) WHERE status = 'SENDING';
-- Callbacks that carry only the provider's id.
CREATE INDEX message_provider_message_id ON message (provider_message_id) WHERE provider_message_id IS NOT NULL;
CREATE INDEX message_campaign ON message (campaign_id);

-- A message's history: every status report, applied or not (late and out-of-order ones are kept, not applied).
CREATE TABLE message_event (
    id                  BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id          TEXT        NOT NULL REFERENCES message (message_id),
    type                TEXT        NOT NULL,
    status              TEXT,
    applied             BOOLEAN     NOT NULL,
    source              TEXT,
    provider_event_id   TEXT,
    reason              TEXT,
    provider_timestamp  TIMESTAMPTZ,
    url                 TEXT,
    machine_open        BOOLEAN     NOT NULL DEFAULT false,
    bounce_type         TEXT,
    recorded_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_event_message ON message_event (message_id, id);
