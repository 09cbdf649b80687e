-- Workflow publishes are queued too (issue 8). kind says which server endpoint a row goes to; rows queued before
-- this migration are entity publishes. The id and name columns now name an entity or a workflow.

ALTER TABLE publish_queue ADD COLUMN kind CHARACTER VARYING(16) DEFAULT 'entity' NOT NULL;
ALTER TABLE publish_queue ADD CONSTRAINT publish_queue_kind CHECK (kind IN ('entity', 'workflow'));
ALTER TABLE publish_queue ALTER COLUMN entity_id RENAME TO definition_id;
ALTER TABLE publish_queue ALTER COLUMN entity_name RENAME TO definition_name;
