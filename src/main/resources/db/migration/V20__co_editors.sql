-- Colleagues who write a dossier with its owner: invited by mail (a single-use link valid seven days, of which only
-- the SHA-256 is kept), then editors of the dossier until the owner removes them.
create table co_editor (
    id bigint primary key,
    dossier_id bigint not null references dossier (id) on delete cascade,
    account_id bigint not null references account (id) on delete cascade,
    added_at timestamp with time zone not null,
    unique (dossier_id, account_id)
);
create index co_editor_account on co_editor (account_id);

create table co_editor_invitation (
    id bigint primary key,
    dossier_id bigint not null references dossier (id) on delete cascade,
    email varchar(254) not null,
    token_sha256 varchar(64) not null unique,
    invited_by bigint not null references account (id) on delete cascade,
    expires_at timestamp with time zone not null
);
create index co_editor_invitation_dossier on co_editor_invitation (dossier_id);
