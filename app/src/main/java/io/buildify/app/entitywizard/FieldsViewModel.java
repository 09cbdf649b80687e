package io.buildify.app.entitywizard;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.project.ProjectSession;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * Step 2 "Fields": the read-only system fields, the table of custom fields with add/remove, and the selection that
 * the {@link FieldEditorViewModel property editor} edits. Adding and removing save at once.
 */
public final class FieldsViewModel {
    private final EntityDocument document;
    private final ProjectSession project;
    private final ObservableList<SystemField> systemFields = FXCollections.observableArrayList();
    private final ItemList<FieldDefinition> fields = new ItemList<>("fields", FieldDefinition::id);
    private final ObservableList<String> lookupTargets = FXCollections.observableArrayList();
    private final FieldEditorViewModel editor;
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refreshLookupTargets();

    public FieldsViewModel(EntityDocument document, ProjectSession project) {
        this.document = Objects.requireNonNull(document, "document");
        this.project = Objects.requireNonNull(project, "project");
        this.editor = new FieldEditorViewModel(document);
        sync(document.definition());
        document.definitionProperty().addListener((obs, old, now) -> sync(now));
        document.problems().addListener((ListChangeListener<ValidationProblem>) c -> markProblems());
        fields.selectedRowProperty().addListener((obs, old, now) -> editor.select(now == null ? null : now.id()));
        refreshLookupTargets();
        project.revisionProperty().addListener(onRevision);
        markProblems();
    }

    /** Appends a text field named {@code field}, {@code field_2}, … and selects it. Saved at once. */
    public void addField() {
        add(FieldDefinition.of(freeName("field"), FieldType.STRING));
    }

    /** Appends a field made from {@code template} ({@code email}, {@code email_2}, …) and selects it. */
    public void addFromTemplate(FieldTemplate template) {
        add(template.create(freeName(template.fieldName())));
    }

    private void add(FieldDefinition field) {
        document.editAndCommit(e -> e.withFieldAdded(field));
        select(field.id());
    }

    private String freeName(String base) {
        EntityDefinition d = document.definition();
        String name = base;
        for (int n = 2; d.fieldNamed(name).isPresent(); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** Removes the selected field (saved at once) and selects its neighbour. */
    public void removeSelected() {
        ItemRow<FieldDefinition> row = fields.selectedRowProperty().get();
        if (row == null) {
            return;
        }
        int index = fields.selectedIndex();
        document.editAndCommit(e -> e.withFieldRemoved(row.id()));
        ObservableList<ItemRow<FieldDefinition>> rows = fields.rows();
        if (!rows.isEmpty()) {
            fields.selectedRowProperty().set(rows.get(Math.min(index, rows.size() - 1)));
        }
    }

    /**
     * Moves the field at row {@code from} to row {@code to} (drag and drop in the table), renumbering the display
     * order of every field; saved at once, one undo step. The moved field stays selected.
     */
    public void moveField(int from, int to) {
        int size = fields.rows().size();
        if (from == to || from < 0 || to < 0 || from >= size || to >= size) {
            return;
        }
        String movedId = fields.rows().get(from).id();
        document.editAndCommit(d -> d.withFieldMoved(from, to));
        select(movedId);
    }

    public void select(String fieldId) {
        fields.select(fieldId);
    }

    public BooleanBinding canRemove() {
        return fields.selectedRowProperty().isNotNull();
    }

    private void sync(EntityDefinition d) {
        systemFields.setAll(SystemFields.of(d));
        fields.sync(d.fields());
        editor.refresh();
        markProblems();
    }

    private void markProblems() {
        fields.markProblems(document.problems());
    }

    private void refreshLookupTargets() {
        List<String> names = project.list().stream().map(EntityDraft::definition)
                .map(EntityDefinition::name).filter(name -> !name.isBlank()).sorted().toList();
        // Replacing equal items makes the lookup combo box go blank; only touch the list on change.
        if (!names.equals(lookupTargets)) {
            lookupTargets.setAll(names);
        }
    }

    /** Stops listening to the project; called when the wizard closes (the project outlives it). */
    void dispose() {
        project.revisionProperty().removeListener(onRevision);
    }

    public EntityDocument document() {
        return document;
    }

    public FieldEditorViewModel editor() {
        return editor;
    }

    public ObservableList<SystemField> systemFields() {
        return systemFields;
    }

    public ObservableList<ItemRow<FieldDefinition>> rows() {
        return fields.rows();
    }

    public ObjectProperty<ItemRow<FieldDefinition>> selectedRowProperty() {
        return fields.selectedRowProperty();
    }

    /** {@code fields[i]} of the selected field (the prefix of its problem paths), empty when nothing is selected. */
    public ReadOnlyStringProperty selectedPathProperty() {
        return fields.selectedPathProperty();
    }

    /** Entity names a lookup may point at (all drafts, this one included for self references). */
    public ObservableList<String> lookupTargets() {
        return lookupTargets;
    }

    /** True when no custom field exists yet; the view shows a hint instead of an empty editor. */
    public BooleanBinding empty() {
        return Bindings.isEmpty(fields.rows());
    }
}
