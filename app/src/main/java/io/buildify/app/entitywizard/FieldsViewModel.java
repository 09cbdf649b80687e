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
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step 2 "Fields": the read-only system fields, the table of custom fields with add/remove, and the selection that
 * the {@link FieldEditorViewModel property editor} edits. Adding and removing save at once.
 */
public final class FieldsViewModel {
    private final EntityDocument document;
    private final ProjectSession project;
    private final ObservableList<SystemField> systemFields = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FieldRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyStringWrapper selectedPath = new ReadOnlyStringWrapper(this, "selectedPath", "");
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
        selectedRow.addListener((obs, old, now) -> {
            editor.select(now == null ? null : now.fieldId());
            updateSelectedPath();
        });
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
        FieldRow row = selectedRow.get();
        if (row == null) {
            return;
        }
        int index = rows.indexOf(row);
        document.editAndCommit(e -> e.withFieldRemoved(row.fieldId()));
        if (!rows.isEmpty()) {
            selectedRow.set(rows.get(Math.min(index, rows.size() - 1)));
        }
    }

    /**
     * Moves the field at row {@code from} to row {@code to} (drag and drop in the table), renumbering the display
     * order of every field; saved at once, one undo step. The moved field stays selected.
     */
    public void moveField(int from, int to) {
        int size = rows.size();
        if (from == to || from < 0 || to < 0 || from >= size || to >= size) {
            return;
        }
        String movedId = rows.get(from).fieldId();
        document.editAndCommit(d -> d.withFieldMoved(from, to));
        select(movedId);
    }

    public void select(String fieldId) {
        selectedRow.set(rows.stream().filter(r -> r.fieldId().equals(fieldId)).findFirst().orElse(null));
    }

    public BooleanBinding canRemove() {
        return selectedRow.isNotNull();
    }

    private void sync(EntityDefinition d) {
        systemFields.setAll(SystemFields.of(d));
        List<FieldDefinition> fields = d.fields();
        boolean sameIds = fields.size() == rows.size();
        for (int i = 0; sameIds && i < fields.size(); i++) {
            sameIds = fields.get(i).id().equals(rows.get(i).fieldId());
        }
        if (sameIds) {
            for (int i = 0; i < fields.size(); i++) {
                rows.get(i).update(fields.get(i));
            }
        } else {
            Map<String, FieldRow> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.fieldId(), r));
            String selectedId = selectedRow.get() == null ? null : selectedRow.get().fieldId();
            rows.setAll(fields.stream().map(f -> {
                FieldRow row = byId.computeIfAbsent(f.id(), id -> new FieldRow(f));
                row.update(f);
                return row;
            }).toList());
            if (selectedId != null) {
                select(selectedId);
            }
        }
        editor.refresh();
        updateSelectedPath();
        markProblems();
    }

    private void markProblems() {
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "fields[" + i + "]";
            rows.get(i).setProblem(document.problems().stream()
                    .filter(p -> p.isError() && (p.path().equals(prefix) || p.path().startsWith(prefix + ".")))
                    .map(ValidationProblem::message).findFirst().orElse(""));
        }
    }

    private void updateSelectedPath() {
        int index = rows.indexOf(selectedRow.get());
        selectedPath.set(index < 0 ? "" : "fields[" + index + "]");
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

    public ObservableList<FieldRow> rows() {
        return rows;
    }

    public ObjectProperty<FieldRow> selectedRowProperty() {
        return selectedRow;
    }

    /** {@code fields[i]} of the selected field (the prefix of its problem paths), empty when nothing is selected. */
    public ReadOnlyStringProperty selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }

    /** Entity names a lookup may point at (all drafts, this one included for self references). */
    public ObservableList<String> lookupTargets() {
        return lookupTargets;
    }

    /** True when no custom field exists yet; the view shows a hint instead of an empty editor. */
    public BooleanBinding empty() {
        return Bindings.isEmpty(rows);
    }
}
