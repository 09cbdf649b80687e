package io.buildify.app.util;

import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;

/**
 * Tells an editor's own writes into its properties from the user's edits. An element editor shows a snapshot of
 * the selected element by setting its properties inside {@link #load}; the listeners added with {@link #onEdit} run
 * only for changes made outside it, so showing an element never echoes back as an edit (a spurious undo step, or a
 * command run while the undo stack is still notifying). Shared by the workflow designer's panels and the entity
 * wizard's field and relationship editors.
 */
public final class LoadGuard {
    private int depth;

    /** Runs {@code copy}, which sets the editor's properties from the model, without counting it as an edit. */
    public void load(Runnable copy) {
        depth++;
        try {
            copy.run();
        } finally {
            depth--;
        }
    }

    /** True while {@link #load} runs. */
    public boolean isLoading() {
        return depth > 0;
    }

    /** Runs {@code edit} with the new value whenever the user (not {@link #load}) changes {@code property}. */
    public <T> void onEdit(ObservableValue<T> property, Consumer<T> edit) {
        property.addListener((obs, old, now) -> {
            if (!isLoading()) {
                edit.accept(now);
            }
        });
    }
}
