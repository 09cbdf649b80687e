package io.buildify.canvas.internal;

import io.buildify.canvas.ContextMenuContributor;
import io.buildify.canvas.ContextMenuRequest;
import io.buildify.canvas.DiagramActions;
import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramNode;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The right-click menu. On a node or an edge (selected first if it was not): edit label, duplicate (nodes),
 * delete. On the empty canvas: paste, select all, fit, auto-layout. Items have ids {@code menu-<action>}. The
 * host's {@link ContextMenuContributor}s add theirs after a separator.
 */
final class CanvasContextMenu {
    private final DiagramView view;
    private final Consumer<DiagramElement> editLabel;
    /** Made at the first right-click: a popup window is costly, and opening a diagram shows no menu. */
    private ContextMenu menu;

    CanvasContextMenu(DiagramView view, Consumer<DiagramElement> editLabel) {
        this.view = view;
        this.editLabel = editLabel;
    }

    void show(ContextMenuEvent event, Object picked) {
        Object hit = picked instanceof BendHandle bend ? bend.edge() : picked;
        DiagramActions actions = view.actions();
        if (menu == null) {
            menu = new ContextMenu();
            menu.getStyleClass().add("diagram-context-menu");
        }
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
        addContributions(hit instanceof DiagramElement element ? element : null,
                view.sceneToLocal(event.getSceneX(), event.getSceneY()));
        menu.show(view, event.getScreenX(), event.getScreenY());
    }

    /** The host's items, after a separator, for the element (null on the canvas) at the local point. */
    private void addContributions(DiagramElement element, Point2D local) {
        ContextMenuRequest request = new ContextMenuRequest(view, element, view.localToModel(local.getX(), local.getY()));
        List<MenuItem> extra = new ArrayList<>();
        for (ContextMenuContributor contributor : view.getContextMenuContributors()) {
            extra.addAll(contributor.items(request));
        }
        if (!extra.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(extra);
        }
    }

    void hide() {
        if (menu != null) {
            menu.hide();
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
