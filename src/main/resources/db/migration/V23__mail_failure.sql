-- Why a mail has not left, as staff read it (MailFailure); last_error keeps the server's own words. Mails that
-- failed before this was kept have none, and show those words only.
alter table outbox_mail add column last_failure varchar(20);
