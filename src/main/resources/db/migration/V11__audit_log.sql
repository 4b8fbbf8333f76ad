-- The jury's journal: who did what to which dossier, when, and what it was before and after. Entries are added,
-- never changed; they go only with their edition.
create table audit_entry (
    id bigint primary key,
    edition_id bigint not null references edition (id) on delete cascade,
    recorded_at timestamp with time zone not null,
    actor varchar(254) not null,
    action varchar(30) not null,
    subject varchar(300),
    before_value varchar(1000),
    after_value varchar(1000)
);
create index audit_entry_edition on audit_entry (edition_id, recorded_at);
