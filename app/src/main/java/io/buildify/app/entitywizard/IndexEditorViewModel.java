package io.buildify.app.entitywizard;

import io.buildify.core.migration.ConstraintNames;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.IndexDefinition;
import io.buildify.core.model.IndexMethod;
import io.buildify.core.model.RelationshipKind;
import io.buildify.core.model.SystemField;
import io.buildify.core.model.SystemFields;
import io.buildify.core.validation.RelationshipNames;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The property editor of the selected index: its ordered columns (chosen from the table's system, custom and
 * foreign key columns), method, unique and the partial-index WHERE clause. Column edits save at once; the name
 * follows the columns ({@code <table>_<columns>_idx}) until the user edits it.
 */
public final class IndexEditorViewModel {
    public static final List<IndexMethod> METHODS = List.of(IndexMethod.values());

    private final EntityDocument document;
    private final ItemBinder<IndexDefinition> binder;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<IndexMethod> method = new SimpleObjectProperty<>(this, "method");
    private final BooleanProperty unique = new SimpleBooleanProperty(this, "unique");
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> availableColumns = FXCollections.observableArrayList();
    private String indexId;

    IndexEditorViewModel(EntityDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.binder = new ItemBinder<>(document, this::current, EntityDefinition::withIndexReplaced);
        binder.text(name, IndexDefinition::withName);
        binder.text(where, (x, v) -> x.withWhere(v.isBlank() ? null : v));
        binder.discrete(method, IndexDefinition::withMethod);
        binder.discrete(unique, IndexDefinition::withUnique);
    }

    /** Saves pending text edits (Enter / focus loss in the view). */
    public void commit() {
        document.commit();
    }

    /** Appends {@code column} to the index's columns. */
    public void addColumn(String column) {
        if (column == null || column.isBlank() || columns.contains(column)) {
            return;
        }
        List<String> next = new ArrayList<>(columns);
        next.add(column);
        setColumns(next);
    }

    public void removeColumn(int position) {
        if (position >= 0 && position < columns.size()) {
            List<String> next = new ArrayList<>(columns);
            next.remove(position);
            setColumns(next);
        }
    }

    /** Moves the column at {@code position} one place up ({@code delta} -1) or down (+1); order matters to btree. */
    public void moveColumn(int position, int delta) {
        int to = position + delta;
        if (position >= 0 && position < columns.size() && to >= 0 && to < columns.size()) {
            List<String> next = new ArrayList<>(columns);
            next.add(to, next.remove(position));
            setColumns(next);
        }
    }

    private void setColumns(List<String> next) {
        current().ifPresent(x -> document.editAndCommit(d -> d.withIndexReplaced(withColumns(d, x, next))));
    }

    /** The columns, and the name too while it is still the one derived from the old columns. */
    static IndexDefinition withColumns(EntityDefinition d, IndexDefinition x, List<String> next) {
        IndexDefinition changed = x.withColumns(next);
        return x.name().equals(suggestedName(d, x.columns())) ? changed.withName(suggestedName(d, next)) : changed;
    }

    static String suggestedName(EntityDefinition d, List<String> columns) {
        List<String> parts = new ArrayList<>();
        parts.add(d.tableName());
        parts.addAll(columns);
        parts.add("idx");
        return ConstraintNames.of(parts.toArray(String[]::new));
    }

    /** Every column of the entity's table, in table order: system, custom, then one-to-one foreign keys. */
    static List<String> tableColumns(EntityDefinition d) {
        return Stream.of(
                SystemFields.of(d).stream().map(SystemField::name),
                d.fields().stream().map(FieldDefinition::name).filter(n -> !n.isBlank()),
                d.relationships().stream().filter(r -> r.kind() == RelationshipKind.ONE_TO_ONE)
                        .map(RelationshipNames::oneToOneColumn))
                .flatMap(s -> s).distinct().toList();
    }

    void select(String newIndexId) {
        document.commit();
        indexId = newIndexId;
        refresh();
    }

    void refresh() {
        Optional<IndexDefinition> index = current();
        active.set(index.isPresent());
        index.ifPresent(x -> binder.load(() -> load(x)));
    }

    private void load(IndexDefinition x) {
        name.set(x.name());
        method.set(x.method());
        unique.set(x.unique());
        where.set(x.where() == null ? "" : x.where());
        if (!columns.equals(x.columns())) {
            columns.setAll(x.columns());
        }
        List<String> available = tableColumns(document.definition()).stream()
                .filter(c -> !x.columns().contains(c)).toList();
        if (!availableColumns.equals(available)) {
            availableColumns.setAll(available);
        }
    }

    private Optional<IndexDefinition> current() {
        return indexId == null ? Optional.empty() : document.definition().index(indexId);
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<IndexMethod> methodProperty() {
        return method;
    }

    public BooleanProperty uniqueProperty() {
        return unique;
    }

    public StringProperty whereProperty() {
        return where;
    }

    /** The index's columns in order (read-only mirror; change them with add/remove/move). */
    public ObservableList<String> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    /** Table columns not yet in the index. */
    public ObservableList<String> availableColumns() {
        return FXCollections.unmodifiableObservableList(availableColumns);
    }
}
