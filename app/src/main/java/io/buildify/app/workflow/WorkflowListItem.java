package io.buildify.app.workflow;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.drafts.WorkflowDraft;

import java.util.Objects;

/** One workflow in the explorer's Workflows tab. */
public record WorkflowListItem(String workflowId, String name, String label, String entityName, int states,
                               DraftStatus status) {
    public WorkflowListItem {
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        label = label == null ? "" : label;
        entityName = entityName == null ? "" : entityName;
    }

    static WorkflowListItem of(WorkflowDraft draft) {
        var w = draft.definition();
        return new WorkflowListItem(w.id(), w.name(), w.label(), w.entityName(), w.states().size(), draft.status());
    }

    /** "on expense_claim · 5 states". */
    public String summary() {
        return (entityName.isEmpty() ? "no entity" : "on " + entityName) + " · " + states
                + (states == 1 ? " state" : " states");
    }
}
