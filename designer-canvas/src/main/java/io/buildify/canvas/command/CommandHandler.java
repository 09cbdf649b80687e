package io.buildify.canvas.command;

import java.util.Collection;
import java.util.Optional;

/**
 * Does and undoes one kind of edit, identified by a command id such as {@code nodes.move}. The {@link CommandStack}
 * calls {@link #preExecute}, {@link #execute}, {@link #postExecute} once, and later {@link #revert} /
 * {@link #execute} again for undo and redo. {@code execute} must save in the context whatever {@code revert}
 * needs (old index, old value), and both return the elements they changed, which the stack reports once per
 * undoable unit.
 *
 * <p>Follow-up commands may be run only from {@code preExecute} and {@code postExecute}; they join the same
 * undoable unit. Running a command from {@code execute} or {@code revert} throws {@link IllegalStateException}.
 *
 * @param <C> the typed context record of the command
 */
public interface CommandHandler<C> {

    /** Whether the command may run with this context; rules registered on the stack are asked first. */
    default boolean canExecute(C context) {
        return true;
    }

    default void preExecute(C context) {
    }

    /** Applies the change; returns the elements changed. Called again, without pre/post, on redo. */
    Collection<?> execute(C context);

    default void postExecute(C context) {
    }

    /** Undoes exactly what {@link #execute} did; returns the elements changed. */
    Collection<?> revert(C context);

    /** A short text for undo/redo menus, such as "Move 3 nodes". */
    default String describe(C context) {
        return "";
    }

    /**
     * Folds a command into the previous one of the same id, so a continuous gesture (a drag) is undone at once.
     * The stack asks only when both ran as units of their own, one right after the other.
     *
     * @return the context that does both, or empty to keep them apart
     */
    default Optional<C> merge(C previous, C next) {
        return Optional.empty();
    }
}
