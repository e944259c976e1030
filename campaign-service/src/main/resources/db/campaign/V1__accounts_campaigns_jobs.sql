-- Accounts own everything else; their keys live in platform-support's api_key table.
create table account (
    id                   bigserial primary key,
    login                text        not null unique,
    name                 text        not null,
    credit_balance_minor bigint      not null default 0,
    created_at           timestamptz not null default now()
);

create table campaign (
    id                    bigserial primary key,
    account_id            bigint      not null references account (id),
    name                  text        not null,
    channel               text        not null check (channel in ('voice', 'vms', 'sms', 'email')),
    country               text,
    timezone              text,
    status                text        not null default 'active',
    calling_window_start  text,
    calling_window_end    text,
    calling_window_days   text[]      not null default '{}',
    max_attempts          int         not null default 3,
    retry_delays_minutes  int[]       not null default '{60}',
    sender                text,
    sms_invite_template   text,
    sms_template          text,
    email_subject         text,
    email_template        text,
    vms_text              text,
    voice_language        text,
    voice_gender          text,
    version               bigint      not null default 1,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index campaign_account_idx on campaign (account_id, id);

create table job (
    id             bigserial primary key,
    account_id     bigint      not null references account (id),
    campaign_id    bigint      not null references campaign (id),
    reference      text,
    name           text,
    email          text,
    numbers        text[]      not null default '{}',
    appointment    timestamptz,
    data           jsonb       not null default '{}',
    label          text,
    url            text,
    value          numeric(18, 4),
    address_lines  text[]      not null default '{}',
    city           text,
    postal_code    text,
    country        text,
    state          smallint    not null default 0,
    contact_status text,
    created_at     timestamptz not null default now(),
    modified_at    timestamptz not null default now()
);
-- Seed 002: reference must be unique within the campaign.
create unique index job_campaign_reference_uq on job (campaign_id, reference) where reference is not null;
create index job_campaign_idx on job (campaign_id, id);
create index job_account_modified_idx on job (account_id, modified_at);
