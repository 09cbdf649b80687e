package io.buildify.canvas;

import javafx.scene.control.MenuItem;

import java.util.List;

/**
 * A host's items for the canvas's right-click menu, added after the built-in ones. Called each time the menu
 * opens, so it returns new items (a menu item belongs to one menu) and may leave some out for some elements.
 * Register on {@link DiagramView#getContextMenuContributors()}.
 */
@FunctionalInterface
public interface ContextMenuContributor {
    /** The items for this request, in order; an empty list adds nothing. */
    List<MenuItem> items(ContextMenuRequest request);
}
