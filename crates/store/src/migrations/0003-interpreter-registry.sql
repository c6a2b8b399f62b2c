-- The interpreter registry in use (issue 11): who interpreted is recorded by registry entry, with
-- the organisation, not as free text. Languages stay a comma-separated list of language tags.
ALTER TABLE interpreter ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE interpreter ADD COLUMN registered_at INTEGER NOT NULL DEFAULT 0;
