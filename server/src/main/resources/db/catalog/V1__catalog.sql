-- The server's own catalog, in its own schema so user tables in "public" can never collide with it.

-- Every published version of every entity definition; the highest version is the current one.
CREATE TABLE entity_definition (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    definition   jsonb       NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    author       text,
    CONSTRAINT entity_definition_name_version_key UNIQUE (name, version)
);

-- One row per migration attempt (after Flyway's schema history: what, by whom, how long, success).
CREATE TABLE migration_history (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_name       text        NOT NULL,
    migration_name    text        NOT NULL,
    migration_type    text        NOT NULL CHECK (migration_type IN ('create', 'alter', 'drop')),
    from_version      integer     NOT NULL CHECK (from_version >= 0),
    to_version        integer     NOT NULL CHECK (to_version >= 0),
    up_sql            text        NOT NULL,
    down_sql          text,
    status            text        NOT NULL
        CHECK (status IN ('pending', 'running', 'completed', 'failed', 'rolled_back')),
    executed_at       timestamptz NOT NULL DEFAULT now(),
    execution_time_ms bigint,
    error_message     text,
    changes           jsonb       NOT NULL DEFAULT '[]',
    commit_message    text,
    author            text,
    request_id        text
);
CREATE INDEX migration_history_entity_idx ON migration_history (entity_name, id DESC);
-- The idempotency key: at most one completed migration per publish request. A failed attempt keeps its key for
-- the record, and the client may retry with the same key.
CREATE UNIQUE INDEX migration_history_request_id_key ON migration_history (request_id)
    WHERE request_id IS NOT NULL AND status = 'completed';

-- Who did what to which object, and when.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor       text,
    action      text        NOT NULL,
    object_type text        NOT NULL,
    object_name text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    details     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_name, at DESC);
