-- Issue 17: the designated state a European patent's status update concerns (e.g. DE: lapsed in Germany only), so
-- monitoring applies it to that state alone. NULL, as in every row stored before, is an update of the whole patent.
ALTER TABLE patent_status_event ADD COLUMN state VARCHAR(2);
