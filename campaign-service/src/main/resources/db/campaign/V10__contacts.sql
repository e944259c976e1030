-- Seed 004: a contact is a job of its campaign; these columns are what the contacts API adds to a job.
alter table job add column contact_phone       text;        -- E.164; unique among a campaign's live contacts
alter table job add column phone_number        text;        -- as the caller wrote it (the seed echoes it back)
alter table job add column outbound_number     text;
alter table job add column external_unique_id  text;
alter table job add column contact_deleted_at  timestamptz; -- deleted contacts stay as unqueued jobs
alter table job add column contact_import_id   bigint;
create unique index job_campaign_contact_phone_uq on job (campaign_id, contact_phone)
    where contact_phone is not null and contact_deleted_at is null;
create index job_campaign_external_id_idx on job (campaign_id, external_unique_id) where external_unique_id is not null;
create index job_contact_import_idx on job (contact_import_id) where contact_import_id is not null;

-- One JSON-file import (the seed's import "job"): progress, outcome, and the cursor a restart resumes from.
create table contact_import (
    id            bigserial primary key,
    account_id    bigint      not null references account (id),
    campaign_id   bigint      not null references campaign (id),
    status        text        not null default 'in_progress' check (status in ('in_progress', 'completed', 'failed')),
    phase         text        not null default 'reading' check (phase in ('reading', 'queueing', 'done')),
    total         int,
    read_count    int         not null default 0,
    processed     int         not null default 0,
    next_seq      int         not null default 0,
    error_details text,
    error_message text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index contact_import_unfinished_idx on contact_import (id) where status = 'in_progress';

-- Validated contacts of an import between reading the file and queueing them; dropped when the import ends.
create table contact_import_row (
    import_id          bigint not null references contact_import (id) on delete cascade,
    seq                int    not null,
    name               text,
    email              text,
    phone_number       text   not null,
    contact_phone      text   not null,
    outbound_number    text,
    external_unique_id text,
    primary key (import_id, seq)
);
