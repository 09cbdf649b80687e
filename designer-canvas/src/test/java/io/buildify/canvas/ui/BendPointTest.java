package io.buildify.canvas.ui;

import io.buildify.canvas.internal.DiagramViewSkin;
import io.buildify.canvas.internal.EdgeGlyph;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.modeling.Modeling;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;

import static io.buildify.canvas.TestDiagrams.TASK;
import static io.buildify.canvas.ui.CanvasStage.ROBOT;
import static org.assertj.core.api.Assertions.assertThat;

/** Bend points edited with the mouse on a selected edge: move, pull out, remove — each one undo step. */
class BendPointTest {
    private CanvasStage canvas;
    private DiagramNode a;
    private DiagramNode b;
    private DiagramEdge edge;

    @BeforeEach
    void open() throws Exception {
        canvas = CanvasStage.show();
        a = canvas.node(TASK, 40, 60);
        b = canvas.node(TASK, 400, 260);
        // out (160,90) → (280,90) → (280,290) → in (400,290)
        edge = canvas.fx(() -> {
            DiagramEdge e = canvas.diagram.modeling().connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
            canvas.diagram.modeling().setWaypoints(e, List.of(new Point2D(280, 90), new Point2D(280, 290)));
            canvas.view.getSelection().add(e);
            return e;
        });
    }

    @AfterEach
    void close() throws Exception {
        ROBOT.release(new KeyCode[0]);
        ROBOT.release(new MouseButton[0]);
        FxToolkit.cleanupStages();
    }

    @Test
    void aSelectedEdgeShowsItsBendPointsAndDraggingOneMovesItInOneUndoStep() {
        EdgeGlyph glyph = (EdgeGlyph) ((DiagramViewSkin) canvas.view.getSkin()).glyphOf(edge);
        assertThat(glyph.bendHandle(0).isVisible() && glyph.bendHandle(0).getParent().isVisible()).isTrue();
        DiagramSnapshot before = canvas.diagram.model().snapshot();

        ROBOT.drag(canvas.screen(280, 290), MouseButton.PRIMARY)
                .moveTo(canvas.screen(300, 270)).moveTo(canvas.screen(321, 252)).release(MouseButton.PRIMARY);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(280, 90), new Point2D(320, 250));
        canvas.fx(() -> canvas.view.actions().undo());
        assertThat(canvas.diagram.model().snapshot()).isEqualTo(before);

        canvas.fx(() -> canvas.view.getSelection().clear());
        assertThat(glyph.bendHandle(0).getParent().isVisible()).isFalse();
    }

    @Test
    void draggingTheLineOfASelectedEdgePullsOutANewBendPoint() {
        DiagramSnapshot before = canvas.diagram.model().snapshot();

        ROBOT.drag(canvas.screen(280, 190), MouseButton.PRIMARY)
                .moveTo(canvas.screen(300, 190)).moveTo(canvas.screen(330, 190)).release(MouseButton.PRIMARY);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(280, 90), new Point2D(330, 190),
                new Point2D(280, 290));
        canvas.fx(() -> canvas.view.actions().undo());
        assertThat(canvas.diagram.model().snapshot()).isEqualTo(before);
    }

    @Test
    void doubleClickingABendPointRemovesIt() {
        DiagramSnapshot before = canvas.diagram.model().snapshot();

        ROBOT.moveTo(canvas.screen(280, 90)).doubleClickOn(MouseButton.PRIMARY);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(280, 290));
        canvas.fx(() -> canvas.view.actions().undo());
        assertThat(canvas.diagram.model().snapshot()).isEqualTo(before);
    }

    @Test
    void aHostRuleRefusingWaypointsTurnsBendEditingOff() {
        canvas.fx(() -> canvas.diagram.commandStack().addRule(Modeling.WAYPOINTS, 2000, context -> false));
        List<Point2D> original = edge.getWaypoints();

        ROBOT.drag(canvas.screen(280, 290), MouseButton.PRIMARY)
                .moveTo(canvas.screen(300, 270)).moveTo(canvas.screen(321, 252)).release(MouseButton.PRIMARY);
        ROBOT.moveTo(canvas.screen(280, 90)).doubleClickOn(MouseButton.PRIMARY);

        assertThat(edge.getWaypoints()).isEqualTo(original);
    }

    @Test
    void movingANodeWithTheMouseKeepsTheRouteOrthogonal() {
        canvas.fx(() -> canvas.view.getSelection().clear());

        ROBOT.drag(canvas.screen(100, 70), MouseButton.PRIMARY)
                .moveTo(canvas.screen(110, 90)).moveTo(canvas.screen(120, 110)).release(MouseButton.PRIMARY);

        assertThat(a.getY()).isEqualTo(100);
        assertThat(edge.getWaypoints()).containsExactly(new Point2D(280, 130), new Point2D(280, 290));
    }
}
