-- The minutes (procès-verbal) of each locked deliberation: the PDF as approved, its SHA-256 and who approved it
-- when. Reopening the deliberation voids them (who, when, why) without deleting them: the next lock writes new ones.
create table deliberation_minutes (
    id bigint primary key,
    edition_id bigint not null references edition (id) on delete cascade,
    content bytea not null,
    sha256 varchar(64) not null,
    approved_by_id bigint not null references account (id),
    approved_at timestamp with time zone not null,
    voided_at timestamp with time zone,
    voided_by_id bigint references account (id),
    void_reason varchar(1000)
);
create index deliberation_minutes_edition on deliberation_minutes (edition_id);
