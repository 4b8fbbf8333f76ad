-- Why the jury decided as it did, for the minutes: optional, one short paragraph.
alter table decision add column rationale varchar(1000);
