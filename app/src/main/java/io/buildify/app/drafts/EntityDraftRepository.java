package io.buildify.app.drafts;

import io.buildify.core.model.EntityDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The entity drafts of the local store. Every write is committed and written to the database file before the
 * method returns, so killing the app right after a call loses nothing (SPEC §3), and each write appends a row to
 * the edit log in the same transaction. Thread-safe: calls are serialised on the store's one connection.
 */
public interface EntityDraftRepository {

    /** All drafts, sorted by name (case-insensitively, then by id). */
    List<EntityDraft> list();

    Optional<EntityDraft> find(String entityId);

    /**
     * Inserts or updates the draft with {@code definition.id()}. The base version and published snapshot are
     * kept. Saving a definition equal to the stored one changes nothing and logs nothing.
     */
    void save(EntityDefinition definition);

    /**
     * Records that {@code snapshot} was published as {@code version}: the draft's base version and snapshot are
     * replaced, its definition is kept (the user may have edited since). A missing draft is created from the
     * snapshot, which is how an entity published elsewhere is brought into the store.
     */
    void markPublished(String entityId, int version, EntityDefinition snapshot);

    /** Removes the draft; its edit-log rows stay. Deleting a draft that does not exist does nothing. */
    void delete(String entityId);

    /**
     * Whether another draft (any id but {@code exceptEntityId}, which may be null) already uses {@code name},
     * compared case-insensitively because the names become PostgreSQL table names. A blank name is never taken.
     */
    boolean nameTaken(String name, String exceptEntityId);
}
