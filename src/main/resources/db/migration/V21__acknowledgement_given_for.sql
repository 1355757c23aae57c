-- Issue 17 (review M2): the monitoring day an acknowledgement was given for, so a monitoring run for an earlier day
-- does not see it and re-running a past day gives what that day gave. NULL, as in every row stored before, reads as
-- given for the day it was made (acknowledged_at, UTC).
ALTER TABLE alert_acknowledgement ADD COLUMN given_for DATE;
