package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import java.time.Instant;

/**
 * An entity as the draft store holds it: the current definition, the published version it was last based on
 * ({@code 0} = never published), the definition as it was published then (null if never) and the time of the
 * last change.
 */
public record EntityDraft(EntityDefinition definition, int baseVersion, EntityDefinition publishedSnapshot,
                          Instant updatedAt) implements Draft<EntityDefinition> {

    public EntityDraft {
        DraftInvariants.check(definition, baseVersion, updatedAt);
    }
}
