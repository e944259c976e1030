-- Seed 002 deactivates a campaign when its last active (queued or calling) job is unqueued: counting a campaign's
-- active jobs must not scan its finished ones.
create index job_campaign_active_idx on job (campaign_id) where state < 2;
