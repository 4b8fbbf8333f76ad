-- The jury's score sheet: an edition's weighted criteria, and each juror's rating of each criterion (1 to 4) on the
-- dossiers assigned to them. The assignment carries the sheet's outcome: its weighted score, the stars proposed
-- (those the score gives, or the juror's override with its reason), and a version against two tabs saving at once.
create table criterion (
    id bigint primary key,
    edition_id bigint not null references edition (id) on delete cascade,
    position integer not null,
    label varchar(200) not null,
    weight integer not null check (weight > 0)
);

create table rating (
    assignment_id bigint not null references assignment (id) on delete cascade,
    criterion_id bigint not null references criterion (id) on delete cascade,
    score integer not null check (score between 1 and 4),
    comment varchar(1000),
    primary key (assignment_id, criterion_id)
);

alter table assignment add column weighted_score double precision;
alter table assignment add column override_reason varchar(1000);
alter table assignment add column draft_saved_at timestamp with time zone;
alter table assignment add column version bigint not null default 0;
