-- A dossier's main theme (the resource centre's taxonomy), which the automatic assignment matches with jurors'
-- expertise.
alter table dossier add column theme varchar(10);

-- The jury the booklet prints is the jury that works: a member invited by e-mail is linked to their account, and
-- their themes of expertise steer the automatic assignment. Past editions' members have no account.
alter table jury_member add column account_id bigint references account (id) on delete set null;
create unique index jury_member_account on jury_member (edition_id, account_id);
create table jury_member_expertise (
    member_id bigint not null references jury_member (id) on delete cascade,
    theme varchar(10) not null,
    primary key (member_id, theme)
);

-- An invitation's link expires; a candidate's confirmation link never did, and keeps no date.
alter table account add column token_expires_at timestamp with time zone;
