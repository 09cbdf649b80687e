-- A rollback is a migration of its own; it names the migration it undid, so a rollback of a later migration does
-- not count as "a later migration" when an earlier one is rolled back in turn.
ALTER TABLE migration_history ADD COLUMN rolls_back bigint REFERENCES migration_history (id);
