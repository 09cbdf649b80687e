package io.buildify.app.entitywizard;

import io.buildify.core.validation.ValidationProblem;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows and selection of one list in the definition ({@code relationships}, {@code indexes}): keeps a row per
 * item id across edits, keeps the selection by id when items are added, removed or undone, and marks the rows whose
 * item has an error. {@link #selectedPathProperty()} is the selected item's problem-path prefix, e.g.
 * {@code indexes[1]}, which the editor's decorations follow.
 *
 * @param <T> the immutable model record of the list
 */
final class ItemList<T> {
    private final String pathPrefix;
    private final Function<T, String> idOf;
    private final ObservableList<ItemRow<T>> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow<T>> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyStringWrapper selectedPath = new ReadOnlyStringWrapper(this, "selectedPath", "");

    ItemList(String pathPrefix, Function<T, String> idOf) {
        this.pathPrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        this.idOf = Objects.requireNonNull(idOf, "idOf");
        selectedRow.addListener((obs, old, now) -> updateSelectedPath());
    }

    /** Brings the rows in line with {@code items}, reusing rows by id and keeping the selection. */
    void sync(List<T> items) {
        Map<String, ItemRow<T>> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        List<ItemRow<T>> next = items.stream().map(item -> {
            ItemRow<T> row = byId.get(idOf.apply(item));
            if (row == null) {
                return new ItemRow<>(idOf.apply(item), item);
            }
            row.update(item);
            return row;
        }).toList();
        if (!next.equals(rows)) {
            String selectedId = selectedId().orElse(null);
            rows.setAll(next);
            if (selectedId != null) {
                select(selectedId);
            }
        }
        updateSelectedPath();
    }

    void markProblems(List<ValidationProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            String prefix = pathPrefix + "[" + i + "]";
            rows.get(i).setProblem(problems.stream()
                    .filter(p -> p.isError() && (p.path().equals(prefix) || p.path().startsWith(prefix + ".")))
                    .map(ValidationProblem::message).findFirst().orElse(""));
        }
    }

    void select(String id) {
        selectedRow.set(rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
    }

    Optional<String> selectedId() {
        return Optional.ofNullable(selectedRow.get()).map(ItemRow::id);
    }

    int selectedIndex() {
        return rows.indexOf(selectedRow.get());
    }

    private void updateSelectedPath() {
        int index = selectedIndex();
        selectedPath.set(index < 0 ? "" : pathPrefix + "[" + index + "]");
    }

    ObservableList<ItemRow<T>> rows() {
        return rows;
    }

    ObjectProperty<ItemRow<T>> selectedRowProperty() {
        return selectedRow;
    }

    ReadOnlyStringProperty selectedPathProperty() {
        return selectedPath.getReadOnlyProperty();
    }
}
