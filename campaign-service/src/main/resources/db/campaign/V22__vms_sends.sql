-- Seed 003: one row per accepted voice-SMS send (simulations store nothing). Its campaign (channel vms) holds the
-- text and voice; its jobs are the recipients; its cost is the ledger entry whose reference is the ticket.
create table vms_send (
    ticket_number               text        primary key,
    account_id                  bigint      not null references account (id),
    campaign_id                 bigint      not null references campaign (id),
    number_of_contacts          int         not null,
    cost_minor                  bigint      not null,
    estimated_duration          int         not null,
    send_at                     timestamptz,
    purpose                     text        not null,
    type                        text        not null,
    auto_delete_optout_contacts boolean     not null,
    get_back_pressed_keys       boolean     not null,
    created_at                  timestamptz not null default now()
);
create index vms_send_account_idx on vms_send (account_id, created_at);
