-- Every published version of every workflow; the highest version is the current one. Publishing a workflow changes
-- no user table, so there is no migration row: the version row and the audit entry (audit_log, object_type
-- 'workflow') are its whole record.
CREATE TABLE workflow_definition (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text        NOT NULL,
    version        integer     NOT NULL CHECK (version > 0),
    definition     jsonb       NOT NULL,
    entity_name    text,
    published_at   timestamptz NOT NULL DEFAULT now(),
    author         text,
    commit_message text,
    request_id     text,
    CONSTRAINT workflow_definition_name_version_key UNIQUE (name, version)
);
-- The idempotency key of a workflow publish: a repeated request finds its version here instead of adding one.
CREATE UNIQUE INDEX workflow_definition_request_id_key ON workflow_definition (request_id)
    WHERE request_id IS NOT NULL;
