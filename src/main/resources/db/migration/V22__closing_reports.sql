-- The annual report as it stood when its edition closed: the document of record. The retention period later erases
-- the dossiers it counts, so the figures are kept with it, the dossiers submitted for the later years' series.
create table closing_report (
    edition_id bigint primary key references edition (id),
    pdf bytea not null,
    csv bytea not null,
    dossiers_submitted integer not null,
    recorded_at timestamp with time zone not null
);
