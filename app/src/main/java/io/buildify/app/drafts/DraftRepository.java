package io.buildify.app.drafts;

import java.util.List;
import java.util.Optional;

/**
 * The drafts of one kind of definition in the local store. Every write is committed and written to the database file
 * before the method returns, so killing the app right after a call loses nothing (SPEC §3), and each write appends
 * a row to the edit log (under the definition's id) in the same transaction. Thread-safe: calls are serialised on
 * the store's one connection.
 *
 * @param <D> the definition, e.g. {@code EntityDefinition}
 * @param <R> the draft record, e.g. {@code EntityDraft}
 */
public interface DraftRepository<D, R> {

    /**
     * All drafts that can be read, sorted by name (case-insensitively, then by id). A row whose JSON cannot be read
     * is left out here, never thrown for, so one bad row does not hide the others: {@link #damaged()} lists it.
     */
    List<R> list();

    /**
     * The rows {@link #list()} leaves out because their JSON cannot be read, in the same order, each with the
     * reason and the stored text. They can be exported as they are and {@link #delete deleted}; nothing else
     * reads them ({@link #find} fails with an {@link UnreadableDraftException} naming the problem).
     */
    List<DamagedDraft> damaged();

    Optional<R> find(String id);

    /**
     * Inserts or updates the draft with the definition's id. The base version and published snapshot are kept.
     * Saving a definition equal to the stored one changes nothing and logs nothing.
     */
    void save(D definition);

    /**
     * Records that {@code snapshot} was published as {@code version}: the draft's base version and snapshot are
     * replaced, its definition is kept (the user may have edited since). A missing draft is created from the
     * snapshot, which is how a definition published elsewhere is brought into the store.
     */
    void markPublished(String id, int version, D snapshot);

    /**
     * Removes the draft, a damaged one too; its edit-log rows stay, and the deletion's row keeps the stored text
     * exactly as it was. Deleting a draft that does not exist does nothing.
     */
    void delete(String id);

    /**
     * Whether another draft of this kind (any id but {@code exceptId}, which may be null) already uses {@code name},
     * compared case-insensitively because names become PostgreSQL names. A blank name is never taken.
     */
    boolean nameTaken(String name, String exceptId);
}
