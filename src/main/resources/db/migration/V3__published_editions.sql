-- What a published edition carries, for editions run in the application and for past ones imported
-- from their booklet. Same portable SQL as V1 (H2 and PostgreSQL).

alter table edition add column edition_number integer;
alter table edition add column name varchar(200);
alter table edition add column imported boolean default false not null;
-- A past edition's booklet gives no dates: only editions run in the application have them.
alter table edition alter column call_opens_at drop not null;
alter table edition alter column submission_deadline drop not null;
alter table edition alter column scoring_deadline drop not null;
alter table edition alter column ceremony_at drop not null;

-- Logos live apart, so that listing an edition's laureates never loads megabytes of images.
create table logo (
    id bigint primary key,
    media_type varchar(20) not null,
    content bytea not null
);

create table edition_organisation (
    id bigint primary key,
    edition_id bigint not null references edition (id),
    kind varchar(20) not null,
    position integer not null,
    name varchar(200) not null,
    description varchar(5000),
    logo_id bigint references logo (id)
);
create index edition_organisation_edition on edition_organisation (edition_id);

create table jury_member (
    id bigint primary key,
    edition_id bigint not null references edition (id),
    position integer not null,
    name varchar(200) not null,
    president boolean not null,
    job_title varchar(200),
    organisation varchar(200),
    biography varchar(5000)
);
create index jury_member_edition on jury_member (edition_id);

create table laureate (
    id bigint primary key,
    edition_id bigint not null references edition (id),
    dossier_id bigint unique references dossier (id),
    position integer not null,
    recognition varchar(20) not null,
    title varchar(200),
    holder varchar(200),
    partner_note varchar(200),
    approach varchar(5000),
    target_audience varchar(5000),
    focus_heading varchar(200),
    focus_text varchar(5000),
    results varchar(5000),
    logo_id bigint references logo (id),
    version bigint not null
);
create index laureate_edition on laureate (edition_id);

create table laureate_department (
    laureate_id bigint not null references laureate (id) on delete cascade,
    position integer not null,
    department varchar(200) not null,
    primary key (laureate_id, position)
);

create table laureate_objective (
    laureate_id bigint not null references laureate (id) on delete cascade,
    position integer not null,
    text varchar(1000) not null,
    primary key (laureate_id, position)
);

create table laureate_step (
    laureate_id bigint not null references laureate (id) on delete cascade,
    position integer not null,
    title varchar(200),
    text varchar(1000),
    primary key (laureate_id, position)
);
