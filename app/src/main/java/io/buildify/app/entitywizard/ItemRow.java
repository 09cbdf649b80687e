package io.buildify.app.entitywizard;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;

/**
 * One row of a list of definition items (relationships, indexes). The row keeps its identity (the item id) while the
 * item is edited, so a table's selection survives edits; {@link #itemProperty()} carries the current value.
 *
 * @param <T> the immutable model record shown by the row
 */
public final class ItemRow<T> {
    private final String id;
    private final ReadOnlyObjectWrapper<T> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ItemRow(String id, T value) {
        this.id = Objects.requireNonNull(id, "id");
        item.set(Objects.requireNonNull(value, "value"));
    }

    public String id() {
        return id;
    }

    public T item() {
        return item.get();
    }

    void update(T value) {
        item.set(Objects.requireNonNull(value, "value"));
    }

    void setProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    public ReadOnlyObjectProperty<T> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The first error of this item, empty if none; tables mark such rows. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
