package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;
import java.time.Instant;
import java.util.Objects;

/**
 * A workflow as the draft store holds it: the current definition (states with their canvas positions), the
 * published version it was last based on ({@code 0} = never published), the definition as published then (null if
 * never) and the time of the last change.
 */
public record WorkflowDraft(WorkflowDefinition definition, int baseVersion, WorkflowDefinition publishedSnapshot,
                            Instant updatedAt) {

    public WorkflowDraft {
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
