package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import java.time.Instant;
import java.util.Objects;

/**
 * An entity as the draft store holds it: the current definition, the published version it was last based on
 * ({@code 0} = never published), the definition as it was published then (null if never) and the time of the
 * last change.
 */
public record EntityDraft(EntityDefinition definition, int baseVersion, EntityDefinition publishedSnapshot,
                          Instant updatedAt) {

    public EntityDraft {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (baseVersion < 0) {
            throw new IllegalArgumentException("a base version is never negative: " + baseVersion);
        }
    }

    /** DRAFT if never published, PUBLISHED if the definition equals the published snapshot, CHANGED otherwise. */
    public DraftStatus status() {
        return DraftStatus.of(definition, publishedSnapshot);
    }
}
