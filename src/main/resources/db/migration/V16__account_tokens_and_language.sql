-- Single-use links mailed to an account's owner: a password reset, a confirmation sent again, a new address to
-- confirm. Only the token's SHA-256 is kept, so that a copy of the database opens no account.
create table account_token (
    id bigint primary key,
    account_id bigint not null references account (id) on delete cascade,
    purpose varchar(20) not null,
    token_sha256 varchar(64) not null unique,
    new_email varchar(254),
    expires_at timestamp with time zone not null
);
create index account_token_account on account_token (account_id);

-- The language of an account's pages and mails.
alter table account add column language varchar(2) default 'fr' not null;
