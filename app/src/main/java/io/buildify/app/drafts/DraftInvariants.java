package io.buildify.app.drafts;

import java.time.Instant;
import java.util.Objects;

/** The checks every stored draft passes, whatever it holds (an entity, a workflow). */
final class DraftInvariants {
    private DraftInvariants() {
    }

    /** A definition and a change time are always there; {@code baseVersion} is 0 (never published) or more. */
    static void check(Object definition, int baseVersion, Instant updatedAt) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (baseVersion < 0) {
            throw new IllegalArgumentException("a base version is never negative: " + baseVersion);
        }
    }
}
