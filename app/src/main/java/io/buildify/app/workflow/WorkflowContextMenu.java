package io.buildify.app.workflow;

import io.buildify.canvas.ContextMenuContributor;
import io.buildify.canvas.ContextMenuRequest;
import io.buildify.core.model.StateType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The workflow's items in the canvas's right-click menu: on a state "Set as start" and "Change type ▸", on a
 * transition "Make default branch" and "Straighten line" (where they apply), on the empty canvas "Add state here ▸".
 * Each runs one {@link WorkflowContextActions} method, so it is one undo step.
 */
final class WorkflowContextMenu implements ContextMenuContributor {
    private final WorkflowContextActions actions;

    WorkflowContextMenu(WorkflowContextActions actions) {
        this.actions = actions;
    }

    @Override
    public List<MenuItem> items(ContextMenuRequest request) {
        List<MenuItem> items = new ArrayList<>();
        request.node().ifPresent(node -> {
            StateType current = WorkflowNodeTypes.stateTypeOf(node);
            if (actions.canSetAsStart(node.id())) {
                items.add(item("setAsStartItem", "Set as start", () -> actions.setAsStart(node.id())));
            }
            items.add(typeMenu("changeTypeMenu", "Change type", type -> type != current,
                    type -> actions.changeType(node.id(), type)));
        });
        request.edge().ifPresent(edge -> {
            if (actions.canMakeDefaultBranch(edge.id())) {
                items.add(item("makeDefaultBranchItem", "Make default branch", () -> actions.makeDefaultBranch(edge.id())));
            }
            if (actions.canStraighten(edge.id())) {
                items.add(item("straightenItem", "Straighten line", () -> actions.straighten(edge.id())));
            }
        });
        if (request.target() == ContextMenuRequest.Target.CANVAS) {
            double x = request.modelPoint().getX();
            double y = request.modelPoint().getY();
            items.add(typeMenu("addStateMenu", "Add state here", type -> true, type -> actions.addState(type, x, y)));
        }
        return items;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A submenu with the five state types, each with its palette icon. */
    private static Menu typeMenu(String id, String text, Predicate<StateType> enabled,
                                 Consumer<StateType> action) {
        Menu menu = new Menu(text);
        menu.setId(id);
        for (StateType type : StateType.values()) {
            var nodeType = WorkflowNodeTypes.of(type);
            MenuItem item = new MenuItem(nodeType.displayName(), nodeType.icon().get());
            item.setId(id + "-" + type.code());
            item.setDisable(!enabled.test(type));
            item.setOnAction(event -> action.accept(type));
            menu.getItems().add(item);
        }
        return menu;
    }
}
