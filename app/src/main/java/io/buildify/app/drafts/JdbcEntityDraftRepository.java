package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import java.time.Clock;

/** {@link EntityDraftRepository} on the {@code entity_drafts} table; every write also appends to the edit log. */
final class JdbcEntityDraftRepository extends JdbcDefinitionStore<EntityDefinition, EntityDraft>
        implements EntityDraftRepository {
    static final DefinitionKind<EntityDefinition, EntityDraft> ENTITIES = new DefinitionKind<>(
            DraftTable.ENTITY_DRAFTS, "entity", EntityDefinition.class, EntityDefinition::id, EntityDefinition::name,
            EntityDraft::new, EditSummary::of,
            (snapshot, version) -> "published " + EditSummary.quoted(snapshot.name()) + " as v" + version);

    JdbcEntityDraftRepository(GuardedConnection db, JdbcEditLog editLog, Clock clock) {
        super(db, editLog, clock, ENTITIES);
    }
}
