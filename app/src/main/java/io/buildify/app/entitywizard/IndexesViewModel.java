package io.buildify.app.entitywizard;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.validation.ValidationProblem;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * Step 4 "Indexes": the explicit indexes of the entity's table with add/remove (saved at once) and the
 * {@link IndexEditorViewModel editor} of the selected one. Fields marked "indexed" in step 2 get their own index
 * and are not listed here.
 */
public final class IndexesViewModel {
    private final EntityDocument document;
    private final ItemList<IndexDefinition> list = new ItemList<>("indexes", IndexDefinition::id);
    private final IndexEditorViewModel editor;

    public IndexesViewModel(EntityDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.editor = new IndexEditorViewModel(document);
        list.selectedRowProperty().addListener((obs, old, now) -> editor.select(now == null ? null : now.id()));
        document.definitionProperty().addListener((obs, old, now) -> sync(now));
        document.problems().addListener((ListChangeListener<ValidationProblem>) c -> list.markProblems(
                document.problems()));
        sync(document.definition());
    }

    /**
     * Adds an index on the first custom field (or on nothing yet, when there is none; the editor then asks for a
     * column) and selects it. Saved at once.
     */
    public void addIndex() {
        EntityDefinition d = document.definition();
        List<String> columns = d.fields().stream().map(f -> f.name()).filter(n -> !n.isBlank()).limit(1).toList();
        String base = IndexEditorViewModel.suggestedName(d, columns);
        String name = base;
        for (int n = 2; nameUsed(d, name); n++) {
            name = base + "_" + n;
        }
        IndexDefinition index = IndexDefinition.of(name, columns);
        document.editAndCommit(e -> e.withIndexAdded(index));
        list.select(index.id());
    }

    public void removeSelected() {
        int index = list.selectedIndex();
        list.selectedId().ifPresent(id -> document.editAndCommit(e -> e.withIndexRemoved(id)));
        if (index >= 0 && !list.rows().isEmpty()) {
            list.selectedRowProperty().set(list.rows().get(Math.min(index, list.rows().size() - 1)));
        }
    }

    public void select(String indexId) {
        list.select(indexId);
    }

    public BooleanBinding canRemove() {
        return list.selectedRowProperty().isNotNull();
    }

    private static boolean nameUsed(EntityDefinition d, String name) {
        return d.indexes().stream().anyMatch(x -> x.name().equals(name));
    }

    private void sync(EntityDefinition d) {
        list.sync(d.indexes());
        list.markProblems(document.problems());
        editor.refresh();
    }

    public EntityDocument document() {
        return document;
    }

    public IndexEditorViewModel editor() {
        return editor;
    }

    public ObservableList<ItemRow<IndexDefinition>> rows() {
        return list.rows();
    }

    public ObjectProperty<ItemRow<IndexDefinition>> selectedRowProperty() {
        return list.selectedRowProperty();
    }

    /** {@code indexes[i]} of the selection (the prefix of its problem paths), empty when none. */
    public ReadOnlyStringProperty selectedPathProperty() {
        return list.selectedPathProperty();
    }
}
