-- Credits: account.credit_balance_minor is the balance; every change to it is one row here, written in the same
-- transaction, so a balance is always the sum of its account's entries (minor units of voxhub.pricing.currency).
create table credit_ledger (
    id                  bigserial primary key,
    account_id          bigint      not null references account (id),
    amount_minor        bigint      not null check (amount_minor <> 0), -- > 0 top-up, < 0 debit
    balance_after_minor bigint      not null check (balance_after_minor >= 0),
    kind                text        not null check (kind in ('top_up', 'sms_invite', 'vms_send', 'call_estimate')),
    reference           text,                                            -- what it paid for: campaign, ticket, job
    note                text,
    created_at          timestamptz not null default now()
);
create index credit_ledger_account_idx on credit_ledger (account_id, id);
