package io.buildify.app.audit;

import io.buildify.app.drafts.EditLog;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.app.workflow.WorkflowProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The audit trail as the main window offers it (SPEC §3): the draft store's change history per definition and the
 * server's audit log, sharing one list of the project's definitions.
 */
public final class AuditTrail {
    private final DefinitionHistoryViewModel history;
    private final ServerAuditViewModel server;

    public AuditTrail(EditLog log, Supplier<List<DefinitionRef>> definitions, ServerConnection server,
                      TaskRunner runner) {
        this.history = new DefinitionHistoryViewModel(log, definitions);
        this.server = new ServerAuditViewModel(server, runner);
    }

    /** The entities, then the workflows ({@code workflows} may be null), of the project now. */
    public static Supplier<List<DefinitionRef>> definitionsOf(ProjectSession entities, WorkflowProject workflows) {
        Objects.requireNonNull(entities, "entities");
        return () -> {
            List<DefinitionRef> refs = new ArrayList<>();
            entities.list().forEach(draft -> refs.add(new DefinitionRef(draft.definition().id(),
                    DefinitionRef.Kind.ENTITY, draft.definition().name())));
            if (workflows != null) {
                workflows.list().forEach(draft -> refs.add(new DefinitionRef(draft.definition().id(),
                        DefinitionRef.Kind.WORKFLOW, draft.definition().name())));
            }
            return refs;
        };
    }

    /**
     * Reloads both views for the definition with {@code definitionId} (null keeps the current choice): called when
     * the window opens, so it shows the open entity or workflow.
     */
    public void focus(String definitionId) {
        history.reload();
        if (definitionId != null) {
            history.select(definitionId);
        }
        server.filterProperty().set(history.definitionProperty().get());
        server.refresh();
    }

    public DefinitionHistoryViewModel history() {
        return history;
    }

    public ServerAuditViewModel server() {
        return server;
    }
}
