package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;
import java.time.Instant;

/**
 * A workflow as the draft store holds it: the current definition (states with their canvas positions), the
 * published version it was last based on ({@code 0} = never published), the definition as published then (null if
 * never) and the time of the last change.
 */
public record WorkflowDraft(WorkflowDefinition definition, int baseVersion, WorkflowDefinition publishedSnapshot,
                            Instant updatedAt) implements Draft<WorkflowDefinition> {

    public WorkflowDraft {
        DraftInvariants.check(definition, baseVersion, updatedAt);
    }
}
