-- Issue 17 (re-review N2): the days after drawdown by which the loan's pledge must be registered, set at booking
-- (default 30, the SPEC's) and stored with the loan, so the registration pack and monitoring use the same figure.
-- Every loan booked before had 30 days.
ALTER TABLE booked_loan ADD COLUMN registration_days INTEGER DEFAULT 30 NOT NULL;
