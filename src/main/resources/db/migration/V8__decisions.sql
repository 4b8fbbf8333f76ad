-- The deliberation's decision becomes the jury's own record: a recognition (stars, a special mention or a jury
-- prize with its title), or none when the jury decided not to award the dossier. Earlier editions kept a number
-- of stars on the dossier, 0 for "not awarded".
create table decision (
    dossier_id bigint primary key references dossier (id) on delete cascade,
    recognition varchar(20),
    recognition_title varchar(200),
    version bigint not null default 0
);

insert into decision (dossier_id, recognition, version)
    select id, case when final_stars = 0 then null else 'STARS_' || final_stars end, 0
    from dossier where final_stars is not null;

alter table dossier drop column final_stars;
