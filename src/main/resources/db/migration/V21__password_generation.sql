-- Counts the account's password changes and resets: a session opened under an earlier password ends at its next
-- request. A hash renewed at login is the same password and leaves it alone.
alter table account add column password_generation integer default 0 not null;
