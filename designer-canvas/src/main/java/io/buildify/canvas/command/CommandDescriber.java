package io.buildify.canvas.command;

/**
 * Words one command for undo/redo menus in the host's terms, where the canvas knows only nodes and edges: a host
 * turns "Delete n4" into "Delete state 'review'". Registered per command id with
 * {@link CommandStack#describeWith}; asked once when the command runs, before it changes anything, so the
 * elements it names still exist.
 *
 * @param <C> the typed context record of the command
 */
@FunctionalInterface
public interface CommandDescriber<C> {

    /**
     * @param generic the handler's own text ({@link CommandHandler#describe}), such as "Move 3 nodes"; return it
     *                to keep it
     * @return the text shown after "Undo " and "Redo "; never null
     */
    String describe(C context, String generic);
}
