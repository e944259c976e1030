-- platform-support's api_key holds what every service needs to authenticate; the owner adds what operators see.
alter table api_key add column if not exists prefix text;
alter table api_key add column if not exists label text;
alter table api_key add column if not exists mode text;
alter table api_key add column if not exists created_at timestamptz not null default now();
create index if not exists api_key_account_prefix_idx on api_key (account_id, prefix);
