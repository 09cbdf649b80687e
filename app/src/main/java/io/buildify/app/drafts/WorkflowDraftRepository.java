package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;

/**
 * The workflow drafts of the local store (definitions with the states' canvas positions), with the guarantees of
 * {@link DraftRepository}.
 */
public interface WorkflowDraftRepository extends DraftRepository<WorkflowDefinition, WorkflowDraft> {
}
