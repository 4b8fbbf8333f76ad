-- What each edition sets for its jury: how many jurors read each dossier (the automatic assignment's k), and how
-- many days before the scoring deadline the two reminders go to jurors behind.
alter table edition add column jurors_per_dossier integer default 3 not null;
alter table edition add column first_reminder_days integer default 7 not null;
alter table edition add column last_reminder_days integer default 2 not null;
