-- Team mode (issue 18). Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
-- The branch a portfolio and a booked loan belong to: row-level security on the team database keeps an officer to
-- the rows of their branch (set from the login's branch when a row is stored there; empty on a desktop database).
ALTER TABLE portfolio ADD COLUMN branch VARCHAR(100);
ALTER TABLE booked_loan ADD COLUMN branch VARCHAR(100);

-- Optimistic locking of rows that are edited: a save names the version it read and loses when someone else saved
-- in between ("changed by X at T"). Nullable, so rows stored before (never edited since) keep their content hashes.
ALTER TABLE portfolio ADD COLUMN row_version INTEGER;
ALTER TABLE portfolio ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE portfolio ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE comparable_transaction ADD COLUMN row_version INTEGER;
ALTER TABLE comparable_transaction ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE comparable_transaction ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE booked_loan ADD COLUMN row_version INTEGER;
ALTER TABLE booked_loan ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE booked_loan ADD COLUMN changed_at TIMESTAMP;
