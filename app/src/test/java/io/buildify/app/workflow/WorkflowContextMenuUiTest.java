package io.buildify.app.workflow;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.core.model.StateType;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;


import static io.buildify.app.workflow.DesignerGestures.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The workflow's items in the canvas's right-click menu, clicked for real, saved and undone with Ctrl+Z. */
class WorkflowContextMenuUiTest extends WorkflowUiTest {
    @Test
    void setAsStartOnAStateAndAddStateHereOnTheCanvas() throws Exception {
        openWindow();
        robot.clickOn("#newWorkflowButton");
        WorkflowDesignerViewModel designer = window.viewModel().designerProperty().get();
        WorkflowDesignerViewModelTest.Drawing d = fx(() -> WorkflowDesignerViewModelTest.draw(designer.document()));

        requestContextMenu(centre(d.task()), "Task");
        robot.clickOn(menuItem("Set as start"));

        assertThat(designer.document().state(d.task().id()).type()).isEqualTo(StateType.START);
        assertThat(designer.document().state(d.start().id()).type()).isEqualTo(StateType.TASK);

        int before = designer.diagram().model().nodes().size();
        requestContextMenu(new Point2D(300, 330), null);
        robot.clickOn(menuItem("Add state here"));
        robot.clickOn(menuItem("Approval")); // the submenu's, not the palette's or the drawn state's

        assertThat(designer.diagram().model().nodes()).hasSize(before + 1);
        DiagramNode added = designer.diagram().model().nodes().get(before);
        assertThat(WorkflowNodeTypes.stateTypeOf(added)).isEqualTo(StateType.APPROVAL);
        assertThat(added.getX() + added.getWidth() / 2).isEqualTo(300, org.assertj.core.data.Offset.offset(1.0));

        fx(() -> {
            designer.undo();
            designer.undo();
        });
        assertThat(designer.diagram().model().nodes()).hasSize(before);
        assertThat(designer.document().state(d.start().id()).type()).isEqualTo(StateType.START);
    }

    /** A shown menu's item by its text (menu items are not nodes; their rows in the popup are). */
    private Node menuItem(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".context-menu .menu-item").match((Node n) -> n.isVisible()
                && n.lookup(".label") instanceof Label l && text.equals(l.getText())).queryAs(Node.class);
    }

    private static Point2D centre(DiagramNode node) {
        return new Point2D(node.getX() + node.getWidth() / 2, node.getY() + node.getHeight() / 2);
    }

    /**
     * What a right click fires on desktop platforms (Monocle's glass does not): on the drawn state with this label,
     * or on the empty canvas for null.
     */
    private void requestContextMenu(Point2D model, String stateLabel) {
        fx(() -> {
            DiagramView canvas = robot.lookup("#workflowCanvas").queryAs(DiagramView.class);
            Node picked = stateLabel == null ? canvas : canvas.lookupAll(".diagram-node").stream()
                    .filter(g -> g.lookup(".node-label") instanceof Text t && stateLabel.equals(t.getText()))
                    .findFirst().orElseThrow();
            Point2D local = canvas.modelToLocal(model.getX(), model.getY());
            Point2D scene = canvas.localToScene(local);
            Point2D screen = canvas.localToScreen(local);
            Event.fireEvent(picked, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false,
                    new PickResult(picked, scene.getX(), scene.getY())));
        });
    }
}
