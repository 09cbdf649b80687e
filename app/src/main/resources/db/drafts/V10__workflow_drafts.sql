-- Workflow drafts (SPEC §2, §3), beside the entity drafts. The definition is JSON written by
-- io.buildify.core.json.JsonCodec; it carries the states' canvas positions, so reopening restores the drawing.
-- Edits are logged in edit_log under the workflow's id, like entity edits.

CREATE TABLE workflow_drafts (
    id                 CHARACTER VARYING        NOT NULL PRIMARY KEY,
    name               CHARACTER VARYING        NOT NULL,
    definition         CHARACTER LARGE OBJECT   NOT NULL,
    -- the published version this draft was last based on; 0 = never published
    base_version       INTEGER                  NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    -- the definition as published at base_version; NULL = never published
    published_snapshot CHARACTER LARGE OBJECT,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
