package io.buildify.canvas.model;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;

import java.util.List;
import java.util.Objects;

/**
 * A directed connection from one node's port to another's, with an optional label and bend points (waypoints,
 * model coordinates, excluding the two port positions). Ends are fixed for the edge's life; reconnecting means a
 * new edge.
 */
public final class DiagramEdge implements DiagramElement {
    private final String id;
    private final PortRef source;
    private final PortRef target;
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<List<Point2D>> waypoints = new SimpleObjectProperty<>(this, "waypoints", List.of());

    public DiagramEdge(String id, PortRef source, PortRef target) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public String id() {
        return id;
    }

    public PortRef source() {
        return source;
    }

    public PortRef target() {
        return target;
    }

    public boolean touches(String nodeId) {
        return source.nodeId().equals(nodeId) || target.nodeId().equals(nodeId);
    }

    public ReadOnlyStringProperty labelProperty() {
        return label;
    }

    public String getLabel() {
        return label.get();
    }

    public void setLabel(String newLabel) {
        label.set(Objects.requireNonNull(newLabel, "label"));
    }

    public ReadOnlyObjectProperty<List<Point2D>> waypointsProperty() {
        return waypoints;
    }

    public List<Point2D> getWaypoints() {
        return waypoints.get();
    }

    public void setWaypoints(List<Point2D> points) {
        waypoints.set(List.copyOf(points));
    }

    @Override
    public String toString() {
        return "edge " + id + " " + source + " -> " + target;
    }
}
