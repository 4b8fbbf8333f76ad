-- A special mention or a jury prize has a title of its own ("Mention spéciale du jury — inclusion des jeunes").
alter table laureate add column recognition_title varchar(200);
