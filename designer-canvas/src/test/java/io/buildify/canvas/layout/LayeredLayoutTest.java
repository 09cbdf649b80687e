package io.buildify.canvas.layout;

import io.buildify.canvas.Diagram;
import io.buildify.canvas.TestDiagrams;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.DiagramSnapshot;
import io.buildify.canvas.model.PortRef;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static io.buildify.canvas.TestDiagrams.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** ELK's layered layout, left to right, applied as one undoable command. */
class LayeredLayoutTest {
    private final Diagram diagram = TestDiagrams.empty();
    private final DiagramModel model = diagram.model();

    /** start → a → b → end and a → c → end, all piled up at the same spot. */
    private List<DiagramNode> pile() {
        DiagramNode start = add("s", START);
        DiagramNode a = add("a", TASK);
        DiagramNode b = add("b", TASK);
        DiagramNode c = add("c", TASK);
        DiagramNode end = add("e", END);
        connect(start, a);
        connect(a, b);
        connect(b, end);
        connect(a, c);
        connect(c, end);
        return List.of(start, a, b, c, end);
    }

    @Test
    void edgesRunLeftToRightNodesDoNotOverlapAndRoutesAreOrthogonal() {
        List<DiagramNode> nodes = pile();
        new LayeredLayout().apply(diagram, model.nodes());

        for (DiagramEdge edge : model.edges()) {
            DiagramNode source = model.node(edge.source().nodeId());
            DiagramNode target = model.node(edge.target().nodeId());
            assertThat(target.getX()).as("%s runs left to right", edge)
                    .isGreaterThanOrEqualTo(source.getX() + source.getWidth());
            List<Point2D> points = model.pointsOf(edge);
            for (int i = 1; i < points.size(); i++) {
                Point2D from = points.get(i - 1);
                Point2D to = points.get(i);
                assertThat(Math.min(Math.abs(from.getX() - to.getX()), Math.abs(from.getY() - to.getY())))
                        .as("segment %d of %s is horizontal or vertical", i, edge).isLessThan(0.5);
            }
        }
        for (DiagramNode one : nodes) {
            for (DiagramNode other : nodes) {
                if (one != other) {
                    assertThat(one.bounds().intersects(other.bounds())).as("%s overlaps %s", one, other).isFalse();
                }
            }
        }
        assertThat(model.node("b").getY()).isNotEqualTo(model.node("c").getY());
        assertThat(diagram.commandStack().undoDescriptionProperty().get()).isEqualTo("Layout 5 nodes");
    }

    @Test
    void oneUndoRestoresPositionsAndWaypointsExactlyAndRedoRepeats() {
        pile();
        model.edges().get(0).setWaypoints(List.of(new Point2D(7, 9)));
        DiagramSnapshot before = model.snapshot();
        new LayeredLayout().apply(diagram, model.nodes());
        DiagramSnapshot after = model.snapshot();
        assertThat(after).isNotEqualTo(before);

        diagram.commandStack().undo();
        assertThat(model.snapshot()).isEqualTo(before);
        diagram.commandStack().redo();
        assertThat(model.snapshot()).isEqualTo(after);
        assertThat(diagram.commandStack().undoableUnits()).isEqualTo(1);
    }

    @Test
    void aSelectionIsLaidOutInPlaceAndEdgesLeavingItLoseTheirBends() {
        pile();
        model.node("a").setPosition(400, 300);
        model.node("b").setPosition(420, 310);
        model.node("c").setPosition(430, 320);
        DiagramEdge leaving = model.edgesOf("b").stream().filter(e -> e.target().nodeId().equals("e")).findFirst()
                .orElseThrow();
        leaving.setWaypoints(List.of(new Point2D(1000, 1000)));
        Point2D startBefore = new Point2D(model.node("s").getX(), model.node("s").getY());

        new LayeredLayout().apply(diagram, List.of(model.node("a"), model.node("b"), model.node("c")));

        assertThat(List.of("a", "b", "c").stream().mapToDouble(id -> model.node(id).getX()).min().orElseThrow())
                .isCloseTo(400, within(1e-9));
        assertThat(List.of("a", "b", "c").stream().mapToDouble(id -> model.node(id).getY()).min().orElseThrow())
                .isCloseTo(300, within(1e-9));
        assertThat(model.node("b").getX()).isGreaterThan(model.node("a").getX());
        assertThat(new Point2D(model.node("s").getX(), model.node("s").getY())).isEqualTo(startBefore);
        assertThat(leaving.getWaypoints()).isEmpty();
    }

    @Test
    void noNodesIsNoCommandAndForeignNodesAreRefused() {
        pile();
        new LayeredLayout().apply(diagram, List.of());
        assertThat(diagram.commandStack().canUndo()).isFalse();

        DiagramNode stranger = new DiagramNode("x", TASK, 0, 0);
        assertThatThrownBy(() -> new LayeredLayout().compute(model, List.of(stranger)))
                .hasMessageContaining("not in the diagram");
        assertThatThrownBy(() -> new LayeredLayout(-1, 10)).hasMessageContaining("non-negative");
    }

    private DiagramNode add(String id, io.buildify.canvas.model.NodeType type) {
        DiagramNode node = new DiagramNode(id, type, 100, 100);
        model.addNode(node);
        return node;
    }

    private void connect(DiagramNode source, DiagramNode target) {
        model.addEdge(new DiagramEdge(model.newId("e"), new PortRef(source.id(), "out"), new PortRef(target.id(), "in")));
    }
}
