package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The workflow drafts of the local store, with the same guarantees as {@link EntityDraftRepository}: every write
 * is committed and on disk when the method returns, and appends a row to the edit log (under the workflow's id) in
 * the same transaction. Thread-safe: calls are serialised on the store's one connection.
 */
public interface WorkflowDraftRepository {

    /** All workflow drafts, sorted by name (case-insensitively, then by id). */
    List<WorkflowDraft> list();

    Optional<WorkflowDraft> find(String workflowId);

    /**
     * Inserts or updates the draft with {@code workflow.id()}; base version and published snapshot are kept.
     * Saving a definition equal to the stored one changes nothing and logs nothing.
     */
    void save(WorkflowDefinition workflow);

    /** Records that {@code snapshot} was published as {@code version}; the draft's definition is kept. */
    void markPublished(String workflowId, int version, WorkflowDefinition snapshot);

    /** Removes the draft; its edit-log rows stay. Deleting a draft that does not exist does nothing. */
    void delete(String workflowId);

    /** Whether another workflow draft (any id but {@code exceptId}, may be null) uses {@code name}, ignoring case. */
    boolean nameTaken(String name, String exceptId);
}
