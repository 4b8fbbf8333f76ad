-- Files kept in the database (so that a backup holds them and a second node finds them), in chunks of 512 KB that
-- are written and read one at a time: no request holds a whole file in memory.
create table stored_file (
    id bigint primary key,
    name varchar(200) not null,
    media_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    stored_at timestamp with time zone not null
);

create table stored_file_chunk (
    file_id bigint not null references stored_file (id) on delete cascade,
    position integer not null,
    content bytea not null,
    primary key (file_id, position)
);

-- A dossier's attachments (up to 10, 30 MB in all) and the logo its candidate gives (logo = true), which the
-- booklet prints if the dossier is awarded. Neither changes the dossier's row: adding a file while a co-editor
-- types is no "saved meanwhile".
create table attachment (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    file_id bigint not null unique references stored_file (id),
    uploaded_by bigint references account (id) on delete set null,
    uploaded_at timestamp with time zone not null,
    logo boolean default false not null
);
create index attachment_of_dossier on attachment (dossier_id);
