-- Each submission of a dossier issues a receipt: a PDF/A that says what was submitted, when, with which files
-- (their SHA-256), kept as it was issued and mailed to the candidate as an attachment.
create table receipt (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    number varchar(40) not null unique,
    submitted_at timestamp with time zone not null,
    file_id bigint not null references stored_file (id)
);
create index receipt_of_dossier on receipt (dossier_id);

-- A mail may carry one stored file (a receipt); erasing the file leaves the mail without it.
alter table outbox_mail add column attachment_file_id bigint references stored_file (id) on delete set null;
