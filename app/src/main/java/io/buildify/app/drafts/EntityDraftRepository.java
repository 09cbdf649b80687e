package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;

/** The entity drafts of the local store, with the guarantees of {@link DraftRepository}. */
public interface EntityDraftRepository extends DraftRepository<EntityDefinition, EntityDraft> {
}
