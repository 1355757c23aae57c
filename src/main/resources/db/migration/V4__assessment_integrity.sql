-- Tamper evidence for saved assessments: the SHA-256 of each assessment's stored fields, checked by `verify`
-- against the row and against the audit entry written when it was saved.
ALTER TABLE assessment ADD COLUMN content_hash VARCHAR(64);

-- One successor per audit row: two writers appending at once collide on this constraint (one retries)
-- instead of forking the hash chain.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_prev_hash_unique UNIQUE (prev_hash);
