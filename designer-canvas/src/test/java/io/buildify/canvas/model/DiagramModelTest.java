package io.buildify.canvas.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.buildify.canvas.TestDiagrams.END;
import static io.buildify.canvas.TestDiagrams.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramModelTest {
    private final DiagramModel model = new DiagramModel();

    @Test
    void edgesMustConnectExistingPorts() {
        model.addNode(new DiagramNode("a", START, 0, 0));
        model.addNode(new DiagramNode("b", END, 100, 0));
        assertThatThrownBy(() -> model.addEdge(new DiagramEdge("e", new PortRef("a", "out"), new PortRef("zz", "in"))))
                .hasMessageContaining("no node 'zz'");
        assertThatThrownBy(() -> model.addEdge(new DiagramEdge("e", new PortRef("a", "nope"), new PortRef("b", "in"))))
                .hasMessageContaining("has no port 'nope'");
        assertThat(model.edges()).isEmpty();
    }

    @Test
    void aNodeWithEdgesCannotBeRemovedAlone() {
        DiagramNode a = new DiagramNode("a", START, 0, 0);
        model.addNode(a);
        model.addNode(new DiagramNode("b", END, 100, 0));
        model.addEdge(new DiagramEdge("e", new PortRef("a", "out"), new PortRef("b", "in")));
        assertThatThrownBy(() -> model.removeNode(a)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("edges still attached [e]");
    }

    @Test
    void idsAreNeverReusedAndDuplicatesAreRefused() {
        model.addNode(new DiagramNode("n1", START, 0, 0));
        assertThat(model.newId("n")).isEqualTo("n2");
        assertThatThrownBy(() -> model.addNode(new DiagramNode("n1", END, 0, 0)))
                .hasMessageContaining("already used");
    }

    @Test
    void edgePointsRunFromPortThroughWaypointsToPort() {
        model.addNode(new DiagramNode("a", START, 0, 0));
        model.addNode(new DiagramNode("b", END, 200, 100));
        DiagramEdge edge = new DiagramEdge("e", new PortRef("a", "out"), new PortRef("b", "in"));
        edge.setWaypoints(List.of(new javafx.geometry.Point2D(100, 25)));
        model.addEdge(edge);
        assertThat(model.pointsOf(edge)).extracting(p -> p.getX() + "," + p.getY())
                .containsExactly("50.0,25.0", "100.0,25.0", "200.0,125.0");
        assertThat(model.boundsOf(model.nodes()).getMaxX()).isEqualTo(250);
    }

    @Test
    void nodeTypesRejectBadInput() {
        assertThatThrownBy(() -> new NodeType("x", "X", NodeShape.RECTANGLE, javafx.scene.paint.Color.RED, 0, 10,
                List.of())).hasMessageContaining("size must be positive");
        assertThatThrownBy(() -> NodeTypes.of(START, START)).hasMessageContaining("duplicate node type 'start'");
        assertThatThrownBy(() -> NodeTypes.of(START).require("task")).hasMessageContaining("unknown node type 'task'");
    }
}
