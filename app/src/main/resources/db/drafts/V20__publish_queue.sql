-- Publishes made while the server was unreachable (SPEC §3), sent in seq order when it answers again.
-- request_id is the server's idempotency key: a resend after a crash gets the first answer, never a second apply.
-- Rows stay after they are published (the "Pending publishes" view shows them until cleared).

CREATE TABLE publish_queue (
    seq                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id          CHARACTER VARYING(64)    NOT NULL UNIQUE,
    entity_id           CHARACTER VARYING        NOT NULL,
    entity_name         CHARACTER VARYING        NOT NULL,
    definition          CHARACTER LARGE OBJECT   NOT NULL,
    base_version        INTEGER                  NOT NULL CHECK (base_version >= 0),
    commit_message      CHARACTER VARYING(2000),
    author              CHARACTER VARYING(200),
    confirm_destructive BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    state               CHARACTER VARYING(16)    NOT NULL
        CHECK (state IN ('queued', 'sending', 'published', 'conflict', 'failed')),
    attempts            INTEGER                  NOT NULL DEFAULT 0,
    -- the last error (unreachable, the server's refusal), or the success line once published
    message             CHARACTER VARYING(4000),
    -- the version the server assigned; NULL until published
    published_version   INTEGER,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX publish_queue_state ON publish_queue (state, seq);
