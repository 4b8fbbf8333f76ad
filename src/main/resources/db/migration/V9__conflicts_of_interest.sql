-- A juror (or the president) who must not judge a dossier: recorded by staff, or declared by the juror on their
-- list. At most one per juror and dossier; the reason is kept for the minutes.
create table conflict_of_interest (
    id bigint primary key,
    dossier_id bigint not null references dossier (id) on delete cascade,
    juror_id bigint not null references account (id) on delete cascade,
    declared_by varchar(10) not null,
    reason varchar(1000) not null,
    declared_at timestamp with time zone not null,
    constraint conflict_once unique (dossier_id, juror_id)
);

-- When the president has a conflict with a dossier, staff name the juror who decides it in the president's place.
create table deputy (
    dossier_id bigint primary key references dossier (id) on delete cascade,
    juror_id bigint not null references account (id) on delete cascade
);
