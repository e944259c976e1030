-- The dialer's own tables. Campaigns are materialized from campaign.campaigns; jobs from campaign.jobs;
-- call_attempt is the send ledger (one row per provider call, intent committed before the request).

create table campaign (
    campaign_id          bigint      primary key,
    account_id           bigint      not null,
    version              bigint      not null,
    name                 text        not null,
    channel              text        not null,
    status               text        not null,
    sender               text,
    max_attempts         int         not null,
    retry_delays_minutes int[]       not null default '{}',
    vms_text             text,
    voice_language       text,
    voice_gender         text,
    country              text,
    timezone             text,
    calling_window_start text,
    calling_window_end   text,
    calling_window_days  text[],
    max_concurrent_calls int,
    calls_per_minute     int,
    updated_at           timestamptz not null default now()
);

create table dial_job (
    job_id             bigint      primary key,
    campaign_id        bigint      not null,
    account_id         bigint      not null,
    channel            text        not null check (channel in ('VOICE', 'VMS')),
    numbers            text[]      not null,
    wants_pressed_keys boolean     not null default false,
    agent_number       text,
    simulation         boolean     not null default false,
    send_at            timestamptz,
    -- WAITING: picked once due and its campaign is ACTIVE; DIALING: one attempt in flight; FINISHED, CANCELLED.
    phase              text        not null check (phase in ('WAITING', 'DIALING', 'FINISHED', 'CANCELLED')),
    attempts           int         not null default 0,
    next_attempt_at    timestamptz,
    current_attempt_id uuid,
    job_state          int,
    contact_status     text,
    outcome            text,
    reason             text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
-- The scheduler's scan: due waiting jobs, oldest first.
create index dial_job_due_idx on dial_job (next_attempt_at) where phase = 'WAITING';
create index dial_job_campaign_idx on dial_job (campaign_id, phase);

create table call_attempt (
    attempt_id        uuid        primary key,
    job_id            bigint      not null references dial_job (job_id),
    attempt_number    int         not null,
    number            text        not null,
    status            text        not null,
    provider          text        not null,
    provider_call_id  text,
    provider_requests int         not null default 1,
    answered_by       text,
    duration_seconds  int,
    pressed_keys      text,
    reason            text,
    requested_at      timestamptz not null,
    placed_at         timestamptz,
    ended_at          timestamptz,
    updated_at        timestamptz not null default now(),
    -- The send ledger's guarantee: one provider call per (job, attempt).
    unique (job_id, attempt_number)
);
create unique index call_attempt_provider_call_uq on call_attempt (provider_call_id) where provider_call_id is not null;
-- The reconciler's scan: attempts whose provider outcome is unknown.
create index call_attempt_requesting_idx on call_attempt (requested_at) where status = 'REQUESTING';

-- Every status report about an attempt, applied or not (an out-of-order RINGING after ANSWERED stays visible).
create table call_status_report (
    id                 bigint      generated always as identity primary key,
    attempt_id         uuid        not null references call_attempt (attempt_id),
    status             text        not null,
    answered_by        text,
    duration_seconds   int,
    pressed_keys       text,
    reason             text,
    provider_timestamp timestamptz,
    applied            boolean     not null,
    received_at        timestamptz not null
);
create index call_status_report_attempt_idx on call_status_report (attempt_id, id);
