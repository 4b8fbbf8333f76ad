-- A mail the SMTP server refuses for good, or that still fails after two days, is given up (and shown to staff)
-- instead of being retried for ever.
alter table outbox_mail add column failed_at timestamp with time zone;
