-- Seed 000: one row per sourced candidate. The invite SMS is a job of the campaign (invite_job_id, sent by
-- messaging with the campaign's sms_invite_template); registering by the link queues a call job (call_job_id).
create table candidate_invite (
    id              bigserial primary key,
    account_id      bigint      not null references account (id),
    campaign_id     bigint      not null references campaign (id),
    token           text        not null unique,          -- the link's secret (128 random bits, base64url)
    phone           text        not null,                 -- E.164 with the campaign's country as default region
    first_name      text,
    last_name       text,
    email           text,
    invite_job_id   bigint      not null references job (id),
    call_job_id     bigint      references job (id),
    status          text        not null default 'invited' check (status in ('invited', 'clicked', 'registered')),
    preferred_time  timestamptz,
    clicked_at      timestamptz,
    registered_at   timestamptz,
    created_at      timestamptz not null default now()
);
create unique index candidate_invite_campaign_phone_uq on candidate_invite (campaign_id, phone);

-- Every click on a link and every registration, for the funnel (invited -> clicked -> registered -> called).
create table candidate_invite_activity (
    id          bigserial primary key,
    invite_id   bigint      not null references candidate_invite (id),
    kind        text        not null check (kind in ('click', 'registration')),
    occurred_at timestamptz not null default now()
);
create index candidate_invite_activity_invite_idx on candidate_invite_activity (invite_id, id);
