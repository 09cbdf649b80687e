package io.buildify.app.publishqueue;

import java.util.Locale;

/** What a queued publish publishes, hence which endpoint it goes to. Stored in {@code publish_queue.kind}. */
public enum PublishKind {
    ENTITY("Entity"),
    WORKFLOW("Workflow");

    private final String displayName;

    PublishKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PublishKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
