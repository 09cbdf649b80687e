package io.buildify.app.drafts;

import io.buildify.core.model.WorkflowDefinition;
import java.time.Clock;

/**
 * {@link WorkflowDraftRepository} on the {@code workflow_drafts} table (Flyway {@code V10}); every write also
 * appends to the edit log, under the workflow's id.
 */
final class JdbcWorkflowDraftRepository extends JdbcDefinitionStore<WorkflowDefinition, WorkflowDraft>
        implements WorkflowDraftRepository {
    static final DefinitionKind<WorkflowDefinition, WorkflowDraft> WORKFLOWS = new DefinitionKind<>(
            DraftTable.WORKFLOW_DRAFTS, "workflow", WorkflowDefinition.class, WorkflowDefinition::id,
            WorkflowDefinition::name, WorkflowDraft::new, JdbcWorkflowDraftRepository::summary,
            (snapshot, version) -> "published workflow " + EditSummary.quoted(snapshot.name()) + " as v" + version);

    JdbcWorkflowDraftRepository(GuardedConnection db, JdbcEditLog editLog, Clock clock) {
        super(db, editLog, clock, WORKFLOWS);
    }

    /** One line for the edit log; the before/after JSON next to it holds the detail. */
    private static String summary(WorkflowDefinition before, WorkflowDefinition after) {
        if (before == null) {
            return "created workflow " + EditSummary.quoted(after.name());
        }
        return "edited workflow " + EditSummary.quoted(after.name()) + " (" + after.states().size() + " states, "
                + after.transitions().size() + " transitions)";
    }
}
