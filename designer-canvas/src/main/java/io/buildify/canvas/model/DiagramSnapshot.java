package io.buildify.canvas.model;

import javafx.geometry.Point2D;

import java.util.List;

/**
 * An immutable value copy of a whole diagram or a part of it: what tests compare to prove that undo restores a
 * model exactly, what the clipboard carries, and what a host may persist.
 */
public record DiagramSnapshot(List<NodeState> nodes, List<EdgeState> edges) {
    public DiagramSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    /** One node's values; {@code type} is the {@link NodeType#name()}. */
    public record NodeState(String id, String type, double x, double y, double width, double height,
                            String label, String style) {
        public static NodeState of(DiagramNode node) {
            return new NodeState(node.id(), node.type().name(), node.getX(), node.getY(), node.getWidth(),
                    node.getHeight(), node.getLabel(), node.getStyle());
        }
    }

    /** One edge's values. */
    public record EdgeState(String id, PortRef source, PortRef target, String label, List<Point2D> waypoints) {
        public EdgeState {
            waypoints = List.copyOf(waypoints);
        }

        public static EdgeState of(DiagramEdge edge) {
            return new EdgeState(edge.id(), edge.source(), edge.target(), edge.getLabel(), edge.getWaypoints());
        }
    }
}
