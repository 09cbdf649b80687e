-- The local draft store (SPEC §3). Definitions are JSON text written by io.buildify.core.json.JsonCodec.

CREATE TABLE entity_drafts (
    id                 CHARACTER VARYING        NOT NULL PRIMARY KEY,
    name               CHARACTER VARYING        NOT NULL,
    definition         CHARACTER LARGE OBJECT   NOT NULL,
    -- the published version this draft was last based on; 0 = never published
    base_version       INTEGER                  NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    -- the definition as published at base_version; NULL = never published
    published_snapshot CHARACTER LARGE OBJECT,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The audit trail: one row per change, written in the same transaction as the change. No foreign key, so the
-- history of a deleted draft stays.
CREATE TABLE edit_log (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_id   CHARACTER VARYING        NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    author      CHARACTER VARYING        NOT NULL,
    summary     CHARACTER VARYING(1000)  NOT NULL,
    before_json CHARACTER LARGE OBJECT,
    after_json  CHARACTER LARGE OBJECT
);

CREATE INDEX edit_log_entity ON edit_log (entity_id, seq);
