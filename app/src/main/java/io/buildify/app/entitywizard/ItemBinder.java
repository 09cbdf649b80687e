package io.buildify.app.entitywizard;

import io.buildify.app.util.LoadGuard;
import io.buildify.core.model.EntityDefinition;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Connects an editor's properties to one item of the live definition (the selected relationship or index).
 * Text properties edit live on every keystroke and are saved on commit; discrete ones (combo boxes, checkboxes)
 * save at once. While {@link #load} runs, property changes are not edits.
 *
 * @param <T> the immutable model record being edited
 */
final class ItemBinder<T> {
    private final EntityDocument document;
    private final Supplier<Optional<T>> current;
    private final BiFunction<EntityDefinition, T, EntityDefinition> replace;
    private final LoadGuard guard = new LoadGuard();

    /**
     * @param current the item being edited, empty when none is selected
     * @param replace puts an edited item back into the definition (by id)
     */
    ItemBinder(EntityDocument document, Supplier<Optional<T>> current,
               BiFunction<EntityDefinition, T, EntityDefinition> replace) {
        this.document = Objects.requireNonNull(document, "document");
        this.current = Objects.requireNonNull(current, "current");
        this.replace = Objects.requireNonNull(replace, "replace");
    }

    void text(StringProperty property, BiFunction<T, String, T> apply) {
        guard.onEdit(property, now -> edit(item -> apply.apply(item, now == null ? "" : now)));
    }

    /**
     * A setting that saves at once. Null is ignored: no control here clears a value on purpose, but a combo box
     * reports null when its items are replaced (e.g. the entity list after a rename), which must not wipe the model.
     */
    <V> void discrete(Property<V> property, BiFunction<T, V, T> apply) {
        guard.onEdit(property, now -> {
            if (now != null && current.get().isPresent()) {
                edit(item -> apply.apply(item, now));
                document.commit();
            }
        });
    }

    /** Applies {@code change} to the current item as a live (not yet saved) edit; nothing while loading. */
    void edit(UnaryOperator<T> change) {
        if (guard.isLoading()) {
            return;
        }
        current.get().ifPresent(item -> document.edit(d -> replace.apply(d, change.apply(item))));
    }

    /** Runs {@code loader}, which sets the editor's properties from the model, without counting it as an edit. */
    void load(Runnable loader) {
        guard.load(loader);
    }
}
