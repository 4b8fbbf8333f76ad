-- A published document (the booklet) is built once per state of what it prints and kept here, so that a crowd of
-- downloads, on any node and after any restart, reads it instead of building it again. documents_version counts the
-- changes to what an edition's documents print; a stored document is good for one version and one build of the
-- application (a new release may print differently).
alter table edition add column documents_version bigint default 0 not null;

create table published_document (
    edition_id bigint not null references edition (id) on delete cascade,
    kind varchar(20) not null,
    documents_version bigint not null,
    build varchar(100) not null,
    etag varchar(64) not null,
    content bytea not null,
    created_at timestamp with time zone not null,
    primary key (edition_id, kind)
);
