package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramActions;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

import java.util.function.Consumer;

/**
 * The right-click menu. On a node or an edge (selected first if it was not): edit label, duplicate (nodes),
 * delete. On the empty canvas: paste, select all, fit, auto-layout. Items have ids {@code menu-<action>}.
 */
final class CanvasContextMenu {
    private final DiagramView view;
    private final Consumer<DiagramElement> editLabel;
    private final ContextMenu menu = new ContextMenu();

    CanvasContextMenu(DiagramView view, Consumer<DiagramElement> editLabel) {
        this.view = view;
        this.editLabel = editLabel;
        menu.getStyleClass().add("diagram-context-menu");
    }

    void show(ContextMenuEvent event, Object picked) {
        Object hit = picked instanceof BendHandle bend ? bend.edge() : picked;
        DiagramActions actions = view.actions();
        menu.hide();
        if (hit instanceof DiagramElement element) {
            if (!view.getSelection().contains(element)) {
                view.getSelection().clear();
                view.getSelection().add(element);
            }
            menu.getItems().setAll(item("edit-label", "Edit label", () -> editLabel.accept(element)));
            if (element instanceof DiagramNode) {
                menu.getItems().add(item("duplicate", "Duplicate", actions::duplicate));
            }
            menu.getItems().addAll(new SeparatorMenuItem(), item("delete", "Delete", actions::deleteSelection));
        } else {
            MenuItem paste = item("paste", "Paste", actions::paste);
            paste.setDisable(view.getClipboard().getContents().nodes().isEmpty());
            menu.getItems().setAll(paste, item("select-all", "Select all", actions::selectAll),
                    new SeparatorMenuItem(), item("fit", "Fit to view", view::fitToView),
                    item("auto-layout", "Auto-layout", actions::autoLayout));
        }
        menu.show(view, event.getScreenX(), event.getScreenY());
    }

    void hide() {
        menu.hide();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
