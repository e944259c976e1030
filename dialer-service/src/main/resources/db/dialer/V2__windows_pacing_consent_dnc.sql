-- Issue 4: calling windows (a job waiting for its window is marked, so the pacing view can tell it from a retry),
-- a per-campaign scan for fair scheduling, the consent ledger materialized from messaging.consent, and the
-- account's own do-not-call list.

alter table dial_job add column country text;
alter table dial_job add column window_wait boolean not null default false;
create index dial_job_campaign_due_idx on dial_job (campaign_id, next_attempt_at) where phase = 'WAITING';

-- Latest consent per (account, channel, address), as the compacted topic holds it.
create table consent (
    account_id  bigint      not null,
    channel     text        not null,
    address     text        not null,
    status      text        not null,
    source      text,
    occurred_at timestamptz not null,
    updated_at  timestamptz not null default now(),
    primary key (account_id, address, channel)
);

create table dnc_number (
    account_id bigint      not null,
    number     text        not null,
    added_at   timestamptz not null default now(),
    primary key (account_id, number)
);
