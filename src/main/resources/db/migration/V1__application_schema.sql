-- Application tables. Written in the SQL that H2 (embedded default) and PostgreSQL both accept.

-- One sequence for every entity id (see META-INF/orm.xml): ids are allocated 50 at a time.
create sequence entity_id_seq start with 50 increment by 50;
create table account (
    id bigint primary key,
    email varchar(254) not null unique,
    password_hash varchar(500) not null,
    display_name varchar(200) not null,
    role varchar(20) not null,
    confirmed boolean not null,
    confirmation_token varchar(64) unique,
    created_at timestamp with time zone not null
);

create table edition (
    id bigint primary key,
    edition_year integer not null unique,
    call_opens_at timestamp with time zone not null,
    submission_deadline timestamp with time zone not null,
    scoring_deadline timestamp with time zone not null,
    ceremony_at timestamp with time zone not null,
    phase varchar(30) not null,
    process_instance_id varchar(64),
    version bigint not null
);

create table dossier (
    id bigint primary key,
    edition_id bigint not null references edition (id),
    candidate_id bigint not null references account (id),
    title varchar(200),
    holder_name varchar(200),
    holder_type varchar(10),
    department varchar(200),
    approach varchar(5000),
    target_audience varchar(5000),
    status varchar(20) not null,
    submitted_at timestamp with time zone,
    admissibility varchar(20) not null,
    admissibility_reason varchar(1000),
    final_stars integer,
    version bigint not null
);
create index dossier_edition on dossier (edition_id);
create index dossier_candidate on dossier (candidate_id);

create table dossier_objective (
    dossier_id bigint not null references dossier (id) on delete cascade,
    position integer not null,
    text varchar(1000) not null,
    primary key (dossier_id, position)
);

create table dossier_step (
    dossier_id bigint not null references dossier (id) on delete cascade,
    position integer not null,
    text varchar(1000) not null,
    primary key (dossier_id, position)
);

create table assignment (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    juror_id bigint not null references account (id),
    proposed_stars integer,
    comment varchar(5000),
    proposed_at timestamp with time zone,
    unique (dossier_id, juror_id)
);
create index assignment_juror on assignment (juror_id);

create table outbox_mail (
    id bigint primary key,
    recipient varchar(254) not null,
    subject varchar(255) not null,
    body varchar(20000) not null,
    created_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    attempts integer not null,
    last_error varchar(1000)
);
create index outbox_mail_due on outbox_mail (sent_at, next_attempt_at);
