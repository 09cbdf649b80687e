package io.buildify.canvas.ui;

import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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

/** Click-through tests of the diagram view, headless: real mouse and key events through the glass robot. */
class DiagramViewInteractionTest {
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
    void dragFromPaletteCreatesANodeAtTheDropPoint() {
        Point2D drop = canvas.screen(300, 200);
        ROBOT.drag("#palette-task").dropTo(drop);

        assertThat(canvas.diagram.model().nodes()).hasSize(1);
        DiagramNode node = canvas.diagram.model().nodes().get(0);
        assertThat(node.type()).isEqualTo(TASK);
        assertThat(node.center().getX()).isCloseTo(300, within(5.0));
        assertThat(node.center().getY()).isCloseTo(200, within(5.0));
        assertThat(canvas.view.getSelection()).containsExactly(node);
    }

    @Test
    void draggingFromAPortToAnotherConnectsThem() {
        DiagramNode start = canvas.node(START, 50, 100);
        DiagramNode task = canvas.node(TASK, 250, 80);

        ROBOT.drag(canvas.screen(start.portPosition("out")), MouseButton.PRIMARY)
                .moveTo(canvas.screen(task.portPosition("in").add(3, 2)))
                .release(MouseButton.PRIMARY);

        assertThat(canvas.diagram.model().edges()).hasSize(1);
        DiagramEdge edge = canvas.diagram.model().edges().get(0);
        assertThat(edge.source().nodeId()).isEqualTo(start.id());
        assertThat(edge.target().nodeId()).isEqualTo(task.id());
        assertThat(ROBOT.lookup(".preview-edge").tryQuery()).isEmpty();
    }

    @Test
    void refusedConnectionShowsRedFeedbackAndLeavesNothing() {
        DiagramNode task = canvas.node(TASK, 250, 80);
        DiagramNode start = canvas.node(START, 50, 100);
        DiagramSnapshot before = canvas.diagram.model().snapshot();

        ROBOT.drag(canvas.screen(task.portPosition("out")), MouseButton.PRIMARY)
                .moveTo(canvas.screen(start.portPosition("out")));
        Node preview = ROBOT.lookup(".preview-edge").query();
        assertThat(preview.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("refused"));
        ROBOT.release(MouseButton.PRIMARY);

        assertThat(canvas.diagram.model().snapshot()).isEqualTo(before);
        assertThat(canvas.diagram.commandStack().canUndo()).isTrue();
        assertThat(canvas.diagram.commandStack().undoDescriptionProperty().get()).isEqualTo("Create Start");
    }

    @Test
    void rubberBandSelectsTheNodesInside() {
        DiagramNode a = canvas.node(TASK, 100, 100);
        DiagramNode b = canvas.node(TASK, 260, 140);
        canvas.node(TASK, 500, 100);

        ROBOT.drag(canvas.screen(80, 80), MouseButton.PRIMARY).moveTo(canvas.screen(300, 150))
                .moveTo(canvas.screen(400, 220)).release(MouseButton.PRIMARY);

        assertThat(canvas.view.getSelection()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void clickSelectsAndShiftClickAddsAndRemoves() {
        DiagramNode a = canvas.node(TASK, 100, 100);
        DiagramNode b = canvas.node(TASK, 300, 100);

        ROBOT.clickOn(canvas.screen(a.center()));
        assertThat(canvas.view.getSelection()).containsExactly(a);
        ROBOT.press(KeyCode.SHIFT).clickOn(canvas.screen(b.center())).release(KeyCode.SHIFT);
        assertThat(canvas.view.getSelection()).containsExactlyInAnyOrder(a, b);
        ROBOT.press(KeyCode.SHIFT).clickOn(canvas.screen(a.center())).release(KeyCode.SHIFT);
        assertThat(canvas.view.getSelection()).containsExactly(b);
        ROBOT.clickOn(canvas.screen(600, 400));
        assertThat(canvas.view.getSelection()).isEmpty();
    }

    @Test
    void movingSnapsToTheGridAndOneUndoRevertsTheWholeDrag() {
        DiagramNode a = canvas.node(TASK, 100, 100);
        Point2D grab = canvas.screen(a.center());

        ROBOT.drag(grab, MouseButton.PRIMARY).moveBy(10, 5).moveBy(13, 22).moveBy(10, 20)
                .release(MouseButton.PRIMARY);

        assertThat(a.getX()).isEqualTo(130);
        assertThat(a.getY()).isEqualTo(150);
        assertThat(canvas.diagram.commandStack().undoableUnits()).as("create + one merged move").isEqualTo(2);

        ROBOT.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(a.getX()).isEqualTo(100);
        assertThat(a.getY()).isEqualTo(100);
        ROBOT.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(a.getX()).isEqualTo(130);
    }

    @Test
    void deleteKeyRemovesTheNodeWithItsEdgesAndUndoRestoresThem() {
        DiagramNode start = canvas.node(START, 50, 100);
        DiagramNode task = canvas.node(TASK, 250, 80);
        canvas.fx(() -> canvas.diagram.modeling().connect(
                new io.buildify.canvas.model.PortRef(start.id(), "out"),
                new io.buildify.canvas.model.PortRef(task.id(), "in")));
        DiagramSnapshot before = canvas.diagram.model().snapshot();

        ROBOT.clickOn(canvas.screen(task.center())).type(KeyCode.DELETE);
        assertThat(canvas.diagram.model().nodes()).containsExactly(start);
        assertThat(canvas.diagram.model().edges()).isEmpty();

        ROBOT.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(canvas.diagram.model().snapshot()).isEqualTo(before);
    }

    @Test
    void copyPasteAndDuplicateKeepTheEdgesAmongTheCopiedNodes() {
        DiagramNode start = canvas.node(START, 50, 100);
        DiagramNode task = canvas.node(TASK, 200, 80);
        DiagramNode end = canvas.node(END, 400, 100);
        canvas.fx(() -> {
            canvas.diagram.modeling().connect(new io.buildify.canvas.model.PortRef(start.id(), "out"),
                    new io.buildify.canvas.model.PortRef(task.id(), "in"));
            canvas.diagram.modeling().connect(new io.buildify.canvas.model.PortRef(task.id(), "out"),
                    new io.buildify.canvas.model.PortRef(end.id(), "in"));
        });

        ROBOT.clickOn(canvas.screen(start.center()));
        ROBOT.press(KeyCode.SHIFT).clickOn(canvas.screen(task.center())).release(KeyCode.SHIFT);
        ROBOT.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C);
        ROBOT.press(KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        assertThat(canvas.diagram.model().nodes()).hasSize(5);
        assertThat(canvas.diagram.model().edges()).hasSize(3);
        DiagramEdge copied = canvas.diagram.model().edges().get(2);
        assertThat(canvas.view.getSelection()).hasSize(3).contains(copied);
        DiagramNode copiedTask = canvas.diagram.model().node(copied.target().nodeId());
        assertThat(copiedTask.getX()).isEqualTo(220);

        ROBOT.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(canvas.diagram.model().nodes()).hasSize(7);
        assertThat(canvas.diagram.model().edges()).hasSize(4);
    }

    @Test
    void ctrlScrollZoomsAroundTheCursor() {
        canvas.node(TASK, 100, 100);
        Point2D near = canvas.screen(333, 222);
        Point2D cursor = new Point2D(Math.round(near.getX()), Math.round(near.getY()));
        Point2D before = modelUnder(cursor);
        ROBOT.moveTo(cursor);
        ROBOT.press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);

        double wheelSteps = Math.abs(Math.log(canvas.view.getZoom()) / Math.log(1.2));
        assertThat(wheelSteps).as("two wheel steps of 1.2").isCloseTo(2, within(1e-9));
        Point2D after = modelUnder(cursor);
        assertThat(after.getX()).isCloseTo(before.getX(), within(1e-6));
        assertThat(after.getY()).isCloseTo(before.getY(), within(1e-6));
    }

    private Point2D modelUnder(Point2D screen) {
        return canvas.fx(() -> {
            Point2D local = canvas.view.screenToLocal(screen);
            return canvas.view.localToModel(local.getX(), local.getY());
        });
    }

    @Test
    void keysZoomAndFitAndSpaceDragPans() {
        canvas.node(TASK, 1500, 1200);
        canvas.node(TASK, -300, -100);
        ROBOT.clickOn(canvas.screen(600, 500));
        ROBOT.type(KeyCode.F);
        assertThat(canvas.view.getZoom()).isLessThan(0.5);
        double zoom = canvas.view.getZoom();
        ROBOT.type(KeyCode.EQUALS);
        assertThat(canvas.view.getZoom()).isCloseTo(zoom * 1.2, within(1e-9));

        double offsetX = canvas.view.getOffsetX();
        Point2D from = canvas.fx(() -> canvas.view.localToScreen(400, 300));
        ROBOT.press(KeyCode.SPACE).drag(from, MouseButton.PRIMARY).moveBy(40, 0).moveBy(30, 0)
                .release(MouseButton.PRIMARY).release(KeyCode.SPACE);
        assertThat(canvas.view.getOffsetX()).isCloseTo(offsetX + 70, within(1.0));
        assertThat(canvas.view.getSelection()).isEmpty();
    }

    @Test
    void doubleClickEditsTheLabelInPlace() {
        DiagramNode a = canvas.node(TASK, 100, 100);
        ROBOT.doubleClickOn(canvas.screen(a.center()));
        ROBOT.lookup(".label-editor").queryAs(javafx.scene.control.TextField.class);
        canvas.fx(() -> ROBOT.lookup(".label-editor").queryAs(javafx.scene.control.TextField.class).setText("Approve"));
        ROBOT.type(KeyCode.ENTER);

        assertThat(a.getLabel()).isEqualTo("Approve");
        canvas.fx(() -> canvas.view.actions().undo());
        assertThat(a.getLabel()).isEqualTo("Task");
    }

    @Test
    void markersShowABadgeWithTheMessageAndPathsHighlight() {
        DiagramNode a = canvas.node(TASK, 100, 100);
        canvas.fx(() -> {
            canvas.view.getMarkers().put(a.id(), java.util.List.of(
                    io.buildify.canvas.Marker.error("Name is required"),
                    io.buildify.canvas.Marker.warning("No outgoing edge")));
            canvas.view.highlightPath(java.util.List.of(a.id()));
        });
        DiagramViewSkin skin = (DiagramViewSkin) canvas.view.getSkin();
        io.buildify.canvas.internal.NodeGlyph glyph = (io.buildify.canvas.internal.NodeGlyph) skin.glyphOf(a);
        assertThat(glyph.markerText()).isEqualTo("Error: Name is required\nWarning: No outgoing edge");
        assertThat(ROBOT.lookup(".marker-badge.error").tryQuery()).isPresent();
        assertThat(glyph.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("highlighted"));

        canvas.fx(() -> canvas.view.getMarkers().remove(a.id()));
        assertThat(glyph.markerText()).isNull();
    }
}
