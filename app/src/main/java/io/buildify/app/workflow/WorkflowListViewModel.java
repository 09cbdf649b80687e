package io.buildify.app.workflow;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.Optional;

/** The explorer's Workflows tab: every workflow draft, reloaded when the drafts change, selection kept by id. */
public final class WorkflowListViewModel {
    private final WorkflowProject project;
    private final ObservableList<WorkflowListItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<WorkflowListItem> selected = new SimpleObjectProperty<>(this, "selected");

    public WorkflowListViewModel(WorkflowProject project) {
        this.project = Objects.requireNonNull(project, "project");
        project.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public void refresh() {
        String selectedId = selectedWorkflowId().orElse(null);
        items.setAll(project.list().stream().map(WorkflowListItem::of).toList());
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public void select(String workflowId) {
        selected.set(items.stream().filter(i -> i.workflowId().equals(workflowId)).findFirst().orElse(null));
    }

    public Optional<String> selectedWorkflowId() {
        return Optional.ofNullable(selected.get()).map(WorkflowListItem::workflowId);
    }

    public ObservableList<WorkflowListItem> items() {
        return items;
    }

    public ObjectProperty<WorkflowListItem> selectedProperty() {
        return selected;
    }
}
