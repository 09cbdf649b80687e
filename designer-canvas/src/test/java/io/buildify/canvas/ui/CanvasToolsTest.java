package io.buildify.canvas.ui;

import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.internal.DiagramViewSkin;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Find (Ctrl+F), zoom to selection, the context menu and alignment guides, through real input events. */
class CanvasToolsTest {
    private CanvasStage canvas;

    @BeforeEach
    void open() throws Exception {
        canvas = CanvasStage.show();
    }

    @AfterEach
    void close() throws Exception {
        ROBOT.release(new KeyCode[0]);
        ROBOT.release(new MouseButton[0]);
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlFFindsNodesByLabelOneAfterTheOtherAndCentresThem() {
        DiagramNode first = labelled(TASK, 100, 100, "Check order");
        labelled(TASK, 300, 100, "Send invoice");
        DiagramNode second = labelled(TASK, 2000, 1500, "check stock");

        ROBOT.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField field = ROBOT.lookup(".find-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        ROBOT.write("CHECK").type(KeyCode.ENTER);
        assertThat(canvas.view.getSelection()).containsExactly(first);
        ROBOT.type(KeyCode.ENTER);
        assertThat(canvas.view.getSelection()).containsExactly(second);
        assertCentredOn(second);
        ROBOT.type(KeyCode.ENTER);
        assertThat(canvas.view.getSelection()).as("wraps around").containsExactly(first);

        canvas.fx(() -> field.setText("nothing like this"));
        ROBOT.type(KeyCode.ENTER);
        assertThat(field.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("no-match"));
        assertThat(canvas.view.getSelection()).containsExactly(first);
        ROBOT.type(KeyCode.ESCAPE);
        assertThat(ROBOT.lookup(".find-field").tryQuery()).isEmpty();
    }

    @Test
    void zKeyAndCtrlShift0ZoomToTheSelection() {
        DiagramNode far = labelled(TASK, 1600, 1400, "Far");
        canvas.fx(() -> canvas.view.getSelection().add(far));
        ROBOT.type(KeyCode.Z);
        assertCentredOn(far);

        canvas.fx(() -> canvas.view.setOffsetX(canvas.view.getOffsetX() + 500));
        ROBOT.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHIFT, KeyCode.CONTROL);
        assertCentredOn(far);
        assertThat(far.getX()).as("Z did not undo anything").isEqualTo(1600);
    }

    @Test
    void contextMenuOnANodeDeletesAndOnTheCanvasLaysOut() {
        DiagramNode start = canvas.node(START, 300, 300);
        DiagramNode task = canvas.node(TASK, 100, 100);
        DiagramNode end = canvas.node(END, 60, 320);
        canvas.fx(() -> {
            canvas.diagram.modeling().connect(new PortRef(start.id(), "out"), new PortRef(task.id(), "in"));
            canvas.diagram.modeling().connect(new PortRef(task.id(), "out"), new PortRef(end.id(), "in"));
        });

        requestContextMenu(new Point2D(600, 450), canvas.view);
        ROBOT.clickOn("Auto-layout");
        assertThat(canvas.diagram.commandStack().undoDescriptionProperty().get()).isEqualTo("Layout 3 nodes");
        assertThat(task.getX()).isGreaterThan(start.getX());
        assertThat(end.getX()).isGreaterThan(task.getX());

        requestContextMenu(task.center(), ((DiagramViewSkin) canvas.view.getSkin()).glyphOf(task));
        assertThat(canvas.view.getSelection()).containsExactly(task);
        ROBOT.clickOn("Delete");
        assertThat(canvas.diagram.model().nodes()).containsExactly(start, end);
        assertThat(canvas.diagram.model().edges()).isEmpty();
    }

    @Test
    void movingSnapsToAnotherNodesEdgeAndShowsAGuide() {
        DiagramNode fixed = canvas.fx(() -> {
            DiagramNode node = new DiagramNode("fixed", TASK, 103, 103);
            canvas.diagram.model().addNode(node);
            return node;
        });
        DiagramNode moved = canvas.node(TASK, 400, 300);
        Point2D grab = canvas.screen(moved.center());

        // Drag so the moved node's top would land at y = 101: two pixels from the other node's top (103).
        ROBOT.drag(grab, MouseButton.PRIMARY).moveBy(-60, -100).moveBy(-20, -99);
        Node guide = ROBOT.lookup(".alignment-guide").match(Node::isVisible).query();
        assertThat(guide).isNotNull();
        ROBOT.release(MouseButton.PRIMARY);

        assertThat(moved.getY()).as("top edges aligned, not grid-snapped to 100").isEqualTo(fixed.getY());
        assertThat(moved.getX()).as("x still on the grid").isEqualTo(320);
        assertThat(ROBOT.lookup(".alignment-guide").match(Node::isVisible).tryQuery()).isEmpty();
    }

    /**
     * Fires the context-menu request a right click produces on desktop platforms; Monocle's headless glass does
     * not turn robot clicks into one. The event carries the node under the point, as the scene's picking would.
     */
    private void requestContextMenu(Point2D model, Node picked) {
        canvas.fx(() -> {
            Point2D local = canvas.view.modelToLocal(model.getX(), model.getY());
            Point2D scene = canvas.view.localToScene(local);
            Point2D screen = canvas.view.localToScreen(local);
            Event.fireEvent(picked, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), screen.getX(), screen.getY(), false, new PickResult(picked, scene.getX(), scene.getY())));
        });
    }

    private DiagramNode labelled(io.buildify.canvas.model.NodeType type, double x, double y, String label) {
        DiagramNode node = canvas.node(type, x, y);
        canvas.fx(() -> canvas.diagram.modeling().updateLabel(node, label));
        return node;
    }

    private void assertCentredOn(DiagramNode node) {
        Point2D centre = canvas.fx(() -> canvas.view.localToModel(canvas.view.getWidth() / 2,
                canvas.view.getHeight() / 2));
        assertThat(centre.getX()).isCloseTo(node.center().getX(), within(1.0));
        assertThat(centre.getY()).isCloseTo(node.center().getY(), within(1.0));
    }
}
