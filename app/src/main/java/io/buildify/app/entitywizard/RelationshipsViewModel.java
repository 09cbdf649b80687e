package io.buildify.app.entitywizard;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.RelationshipDefinition;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Step 3 "Relationships": the relationships declared on the entity, add/remove (saved at once), the
 * {@link RelationshipEditorViewModel editor} of the selected one, the entities a relationship may target (every
 * draft of the project, this one included) and the links of the small diagram.
 */
public final class RelationshipsViewModel {
    private final EntityDocument document;
    private final ProjectSession project;
    private final ItemList<RelationshipDefinition> list =
            new ItemList<>("relationships", RelationshipDefinition::id);
    private final RelationshipEditorViewModel editor;
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<DiagramLink> links = FXCollections.observableArrayList();
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refreshProject();

    public RelationshipsViewModel(EntityDocument document, ProjectSession project) {
        this.document = Objects.requireNonNull(document, "document");
        this.project = Objects.requireNonNull(project, "project");
        this.editor = new RelationshipEditorViewModel(document);
        list.selectedRowProperty().addListener((obs, old, now) -> editor.select(now == null ? null : now.id()));
        document.definitionProperty().addListener((obs, old, now) -> sync(now));
        document.problems().addListener((ListChangeListener<ValidationProblem>) c -> list.markProblems(
                document.problems()));
        project.revisionProperty().addListener(onRevision);
        refreshProject();
        sync(document.definition());
    }

    /**
     * Adds a one-to-many relationship to the first other entity of the project (the most common kind), named after
     * it, and selects it. Saved at once.
     */
    public void addRelationship() {
        EntityDefinition d = document.definition();
        String target = targets.stream().filter(t -> !t.equals(d.name())).findFirst()
                .orElse(d.name().isBlank() ? null : d.name());
        String name = freeName(d, target == null ? "relationship"
                : RelationshipEditorViewModel.suggestedName(RelationshipKind.ONE_TO_MANY, target));
        RelationshipDefinition relationship = RelationshipDefinition.of(name, RelationshipKind.ONE_TO_MANY, target);
        document.editAndCommit(e -> e.withRelationshipAdded(relationship));
        list.select(relationship.id());
    }

    /** Removes the selected relationship (saved at once) and selects its neighbour. */
    public void removeSelected() {
        int index = list.selectedIndex();
        list.selectedId().ifPresent(id -> document.editAndCommit(e -> e.withRelationshipRemoved(id)));
        if (index >= 0 && !list.rows().isEmpty()) {
            list.selectedRowProperty().set(list.rows().get(Math.min(index, list.rows().size() - 1)));
        }
    }

    public void select(String relationshipId) {
        list.select(relationshipId);
    }

    public BooleanBinding canRemove() {
        return list.selectedRowProperty().isNotNull();
    }

    private static String freeName(EntityDefinition d, String base) {
        String name = base;
        for (int n = 2; nameUsed(d, name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static boolean nameUsed(EntityDefinition d, String name) {
        return d.relationships().stream().anyMatch(r -> r.name().equals(name));
    }

    private void sync(EntityDefinition d) {
        list.sync(d.relationships());
        list.markProblems(document.problems());
        editor.refresh();
        refreshLinks();
    }

    private void refreshProject() {
        List<String> names = project.list().stream().map(EntityDraft::definition).map(EntityDefinition::name)
                .filter(name -> !name.isBlank()).sorted().toList();
        // Replacing equal items makes a combo box showing one of them go blank; only touch the list on change.
        if (!names.equals(targets)) {
            targets.setAll(names);
        }
        refreshLinks();
    }

    /** Links declared here, then links that other drafts declare towards this entity. */
    private void refreshLinks() {
        EntityDefinition d = document.definition();
        List<DiagramLink> found = new ArrayList<>();
        for (RelationshipDefinition r : d.relationships()) {
            if (r.targetEntity() != null && !r.targetEntity().isBlank()) {
                found.add(new DiagramLink(d.name(), r.targetEntity(), r.kind(), r.name(), true));
            }
        }
        for (EntityDraft draft : project.list()) {
            EntityDefinition other = draft.definition();
            if (other.id().equals(d.id())) {
                continue;
            }
            for (RelationshipDefinition r : other.relationships()) {
                if (d.name().equals(r.targetEntity())) {
                    found.add(new DiagramLink(other.name(), d.name(), r.kind(), r.name(), false));
                }
            }
        }
        if (!found.equals(links)) {
            links.setAll(found);
        }
    }

    /** Stops listening to the project; called when the wizard closes (the project outlives it). */
    void dispose() {
        project.revisionProperty().removeListener(onRevision);
    }

    public EntityDocument document() {
        return document;
    }

    public RelationshipEditorViewModel editor() {
        return editor;
    }

    public ObservableList<ItemRow<RelationshipDefinition>> rows() {
        return list.rows();
    }

    public ObjectProperty<ItemRow<RelationshipDefinition>> selectedRowProperty() {
        return list.selectedRowProperty();
    }

    /** {@code relationships[i]} of the selection (the prefix of its problem paths), empty when none. */
    public ReadOnlyStringProperty selectedPathProperty() {
        return list.selectedPathProperty();
    }

    /** Entity names a relationship may target: every draft of the project, this one included. */
    public ObservableList<String> targets() {
        return targets;
    }

    /** The lines of the diagram: relationships of this entity and relationships towards it. */
    public ObservableList<DiagramLink> links() {
        return links;
    }
}
