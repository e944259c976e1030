-- Event ids this service has published and Kafka acknowledged, so a callback its gateway retries (or sends to
-- another instance, or after a restart) is not published a second time. Rows older than the retention
-- (voxhub.webhooks.dedup.retention, beyond the gateways' retry horizons) are purged.
CREATE TABLE published_event (
    event_id     UUID        PRIMARY KEY,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX published_event_published_at ON published_event (published_at);
