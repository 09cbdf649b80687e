package io.buildify.app.workflow;

import io.buildify.app.drafts.DamagedDraft;
import io.buildify.app.drafts.WorkflowDraft;
import io.buildify.app.drafts.WorkflowDraftRepository;
import io.buildify.core.model.WorkflowDefinition;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The workflow drafts as the panels see them, like {@code ProjectSession} for entities: the repository plus a
 * {@link #revisionProperty() revision} that grows after every write, which the workflow list follows. Writes are
 * synchronous (one H2 row, well under a millisecond plus an fsync), so the designer saves on the UI thread.
 */
public final class WorkflowProject {
    private final WorkflowDraftRepository drafts;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public WorkflowProject(WorkflowDraftRepository drafts) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    public List<WorkflowDraft> list() {
        return drafts.list();
    }

    /** The workflow drafts whose stored JSON cannot be read (left out of {@link #list()}). */
    public List<DamagedDraft> damaged() {
        return drafts.damaged();
    }

    public Optional<WorkflowDraft> find(String workflowId) {
        return drafts.find(workflowId);
    }

    public void save(WorkflowDefinition workflow) {
        drafts.save(workflow);
        revision.set(revision.get() + 1);
    }

    public void markPublished(String workflowId, int version, WorkflowDefinition snapshot) {
        drafts.markPublished(workflowId, version, snapshot);
        revision.set(revision.get() + 1);
    }

    public void delete(String workflowId) {
        drafts.delete(workflowId);
        revision.set(revision.get() + 1);
    }

    /** Someone wrote the drafts outside this class (the publish queue recording a version): followers re-read. */
    public void changedElsewhere() {
        revision.set(revision.get() + 1);
    }

    public boolean nameTaken(String name, String exceptId) {
        return drafts.nameTaken(name, exceptId);
    }

    /** A name no workflow draft uses yet: {@code base}, else {@code base_2}, {@code base_3}, … */
    public String freeName(String base) {
        String candidate = base;
        for (int n = 2; nameTaken(candidate, null); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
