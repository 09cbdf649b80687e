-- Every publish looks for running rows left by a dead server (and each start does too); this keeps that cheap
-- however long the history grows.
CREATE INDEX migration_history_unfinished_idx ON migration_history (id) WHERE status IN ('running', 'pending');
