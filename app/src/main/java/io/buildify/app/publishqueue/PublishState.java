package io.buildify.app.publishqueue;

import java.util.Locale;

/** Where a queued publish stands. Stored in {@code publish_queue.state} by its {@link #code()}. */
public enum PublishState {
    /** Waiting for the server; sent in queue order. */
    QUEUED("Queued"),
    /** Handed to the server; back to {@link #QUEUED} after a restart (the request id makes a resend safe). */
    SENDING("Sending"),
    /** The server applied it (or answered a replay with the first result); the draft knows its new version. */
    PUBLISHED("Published"),
    /** 409: someone published the entity or workflow in the meantime. Nothing was overwritten; the user decides. */
    CONFLICT("Conflict"),
    /** Refused for good (validation, row checks, destructive steps not confirmed, migration error). */
    FAILED("Failed");

    private final String displayName;

    PublishState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PublishState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Still to be sent (queued or on its way). */
    public boolean isPending() {
        return this == QUEUED || this == SENDING;
    }

    /** The user may send it again: it ended in a conflict or a failure. */
    public boolean isRetryable() {
        return this == CONFLICT || this == FAILED;
    }
}
