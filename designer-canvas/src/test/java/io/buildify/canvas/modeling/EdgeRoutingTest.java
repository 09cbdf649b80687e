package io.buildify.canvas.modeling;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.command.ElementsChanged;
import io.buildify.canvas.layout.LayeredLayout;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bend points: set through a command, and following moved nodes so orthogonal routes stay orthogonal. */
class EdgeRoutingTest {
    private static final int CASES = Integer.getInteger("canvas.routing.cases", 200);

    private final Diagram diagram = TestDiagrams.empty();
    private final DiagramModel model = diagram.model();
    private final Modeling modeling = diagram.modeling();

    /** a (0,0) → b (300,200), routed out right, down, then right into b: out(120,30) (200,30) (200,230) in(300,230). */
    private DiagramEdge routed(DiagramNode a, DiagramNode b) {
        DiagramEdge edge = modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        edge.setWaypoints(List.of(new Point2D(200, 30), new Point2D(200, 230)));
        return edge;
    }

    @Test
    void movingTheSourceShiftsTheFirstBendAcrossItsSegmentAndUndoRestoresExactly() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = routed(a, b);
        DiagramSnapshot before = model.snapshot();

        modeling.moveNodes(List.of(a), 15, -20);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(200, 10), new Point2D(200, 230));
        assertOrthogonal(edge);
        DiagramSnapshot after = model.snapshot();
        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(before);
        diagram.commandStack().redo();
        assertThat(model.snapshot()).isEqualTo(after);
    }

    @Test
    void movingTheTargetShiftsTheLastBend() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = routed(a, b);

        modeling.moveNodes(List.of(b), -40, 35);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(200, 30), new Point2D(200, 265));
        assertOrthogonal(edge);
    }

    @Test
    void movingBothEndsShiftsTheWholeRoute() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = routed(a, b);

        modeling.moveNodes(List.of(a, b), 10, 10);

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(210, 40), new Point2D(210, 240));
    }

    @Test
    void aDragOfManyUnevenStepsUndoesToTheExactOldRouteAndPositions() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = routed(a, b);
        DiagramSnapshot before = model.snapshot();
        long gesture = Modeling.newGesture();
        for (int i = 0; i < 7; i++) {
            modeling.moveNodes(List.of(a), 0.1, 0.7, gesture);
        }
        assertOrthogonal(edge);
        DiagramSnapshot after = model.snapshot();

        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(before);
        diagram.commandStack().redo();
        assertThat(model.snapshot()).isEqualTo(after);
        assertThat(diagram.commandStack().undoableUnits()).isEqualTo(4);
    }

    @Test
    void afterAutoLayoutMovedNodesKeepTheirRoutesOrthogonal() {
        DiagramNode start = modeling.createNode(TestDiagrams.START, 0, 0);
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 0, 0);
        DiagramNode c = modeling.createNode(TASK, 0, 0);
        DiagramNode end = modeling.createNode(TestDiagrams.END, 0, 0);
        connect(start, a);
        connect(a, b);
        connect(a, c);
        connect(b, end);
        connect(c, end);
        new LayeredLayout().apply(diagram, model.nodes());
        assertThat(model.edges()).anyMatch(e -> !e.getWaypoints().isEmpty());
        DiagramSnapshot laidOut = model.snapshot();
        List<DiagramEdge> bent = model.edges().stream().filter(e -> !e.getWaypoints().isEmpty()).toList();

        modeling.moveNodes(List.of(c), 37, 53);
        modeling.moveNodes(List.of(a, end), -11, 29);

        // Straight edges (no bend points) just stay straight lines; routed ones keep their right angles.
        bent.forEach(this::assertOrthogonal);
        diagram.commandStack().undo();
        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(laidOut);
    }

    /** Property: random orthogonal routes and random moves stay orthogonal, and undo restores them exactly. */
    @Test
    void randomOrthogonalRoutesStayOrthogonalUnderRandomMoves() {
        Random random = new Random(20261122L);
        for (int run = 0; run < CASES; run++) {
            Diagram fresh = TestDiagrams.empty();
            DiagramNode a = fresh.modeling().createNode(TASK, random.nextInt(400), random.nextInt(400));
            DiagramNode b = fresh.modeling().createNode(TASK, random.nextInt(400), random.nextInt(400));
            DiagramEdge edge = fresh.modeling().connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
            edge.setWaypoints(orthogonalRoute(fresh.model().pointsOf(edge), random));
            assertOrthogonal(fresh.model(), edge);
            DiagramSnapshot before = fresh.model().snapshot();
            List<DiagramNode> moved = random.nextBoolean() ? List.of(a) : List.of(b);
            fresh.modeling().moveNodes(moved, random.nextGaussian() * 50, random.nextGaussian() * 50);

            assertOrthogonal(fresh.model(), edge);
            fresh.commandStack().undo();
            assertThat(fresh.model().snapshot()).as("case %d", run).isEqualTo(before);
        }
    }

    @Test
    void waypointsAreSetThroughAnUndoableCommandThatTheListenerReports() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));
        List<ElementsChanged> events = new ArrayList<>();
        diagram.commandStack().addListener(events::add);
        DiagramSnapshot before = model.snapshot();

        modeling.setWaypoints(edge, List.of(new Point2D(150, 30), new Point2D(150, 230)));

        assertThat(edge.getWaypoints()).containsExactly(new Point2D(150, 30), new Point2D(150, 230));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).elements()).containsExactly(edge);
        DiagramSnapshot after = model.snapshot();
        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(before);
        diagram.commandStack().redo();
        assertThat(model.snapshot()).isEqualTo(after);
    }

    @Test
    void aBendPointDragIsOneUndoStep() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = routed(a, b);
        List<Point2D> original = edge.getWaypoints();
        long gesture = Modeling.newGesture();
        for (int i = 1; i <= 5; i++) {
            modeling.setWaypoints(edge, List.of(new Point2D(200 + i, 30), new Point2D(200 + i, 230)), gesture);
        }
        assertThat(edge.getWaypoints()).containsExactly(new Point2D(205, 30), new Point2D(205, 230));

        diagram.commandStack().undo();
        assertThat(edge.getWaypoints()).isEqualTo(original);
    }

    @Test
    void badWaypointsAreRefusedWithAClearError() {
        DiagramNode a = modeling.createNode(TASK, 0, 0);
        DiagramNode b = modeling.createNode(TASK, 300, 200);
        DiagramEdge edge = modeling.connect(new PortRef(a.id(), "out"), new PortRef(b.id(), "in"));

        assertThatThrownBy(() -> modeling.setWaypoints(edge, List.of(new Point2D(Double.NaN, 1))))
                .hasMessageContaining("must be finite");
        modeling.removeElements(List.of(edge));
        assertThatThrownBy(() -> modeling.setWaypoints(edge, List.of()))
                .hasMessageContaining("not allowed");
    }

    private void connect(DiagramNode from, DiagramNode to) {
        modeling.connect(new PortRef(from.id(), "out"), new PortRef(to.id(), "in"));
    }

    /** A staircase from the first point to the last: alternately horizontal and vertical, 1–4 bends. */
    private static List<Point2D> orthogonalRoute(List<Point2D> ends, Random random) {
        Point2D from = ends.get(0);
        Point2D to = ends.get(ends.size() - 1);
        List<Point2D> bends = new ArrayList<>();
        double x = from.getX();
        double y = from.getY();
        int turns = 1 + random.nextInt(4);
        for (int i = 0; i < turns; i++) {
            boolean last = i == turns - 1;
            if (i % 2 == 0) {
                x = last ? to.getX() : x + random.nextInt(200) - 50;
            } else {
                y = last ? to.getY() : y + random.nextInt(200) - 100;
            }
            bends.add(new Point2D(x, y));
        }
        // Finish the staircase so the last segment reaches the target along one axis.
        Point2D lastBend = bends.get(bends.size() - 1);
        if (lastBend.getX() != to.getX() && lastBend.getY() != to.getY()) {
            bends.add(turns % 2 == 0 ? new Point2D(to.getX(), y) : new Point2D(x, to.getY()));
        }
        return bends;
    }

    private void assertOrthogonal(DiagramEdge edge) {
        assertOrthogonal(model, edge);
    }

    private static void assertOrthogonal(DiagramModel in, DiagramEdge edge) {
        List<Point2D> points = in.pointsOf(edge);
        for (int i = 1; i < points.size(); i++) {
            Point2D from = points.get(i - 1);
            Point2D to = points.get(i);
            assertThat(Math.min(Math.abs(from.getX() - to.getX()), Math.abs(from.getY() - to.getY())))
                    .as("segment %d of %s in %s is horizontal or vertical", i, edge, points).isLessThan(0.5);
        }
    }
}
