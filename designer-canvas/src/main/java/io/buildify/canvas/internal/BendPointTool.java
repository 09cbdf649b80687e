package io.buildify.canvas.internal;

import io.buildify.canvas.DiagramView;
import io.buildify.canvas.model.DiagramEdge;
import io.buildify.canvas.modeling.Modeling;
import io.buildify.canvas.modeling.cmd.UpdateWaypointsHandler;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Editing an edge's bend points with the mouse, like bpmn-js: on a selected edge, drag a bend-point square to
 * move it, or drag anywhere on the line to pull out a new bend point there; double-click a square to remove it.
 * Each drag is one undoable change (its steps share a gesture and merge).
 */
final class BendPointTool {
    /** How far (in pixels) the mouse must move before a press on the line becomes a new bend point. */
    private static final double INSERT_AFTER_PIXELS = 3;

    private final DiagramView view;
    private final DoubleUnaryOperator snap;
    private DiagramEdge edge;
    private int index = -1;
    private Point2D pressModel;
    private long gesture;

    BendPointTool(DiagramView view, DoubleUnaryOperator snap) {
        this.view = view;
        this.snap = snap;
    }

    /**
     * Takes the press if it is on a bend point, or on the line of an edge already selected — unless the rules
     * refuse {@code edge.waypoints} for that edge (a host whose model keeps no bend points can turn editing off).
     */
    boolean press(Object hit, Point2D model) {
        DiagramEdge target = hit instanceof BendHandle handle ? handle.edge() : hit instanceof DiagramEdge e ? e : null;
        if (!editable(target)) {
            return false;
        }
        if (hit instanceof BendHandle handle) {
            start(handle.edge(), handle.index(), model);
            return true;
        }
        if (hit instanceof DiagramEdge line && view.getSelection().contains(line)) {
            start(line, -1, model);
            return true;
        }
        return false;
    }

    void drag(Point2D model) {
        if (edge == null || !view.getDiagram().model().contains(edge)) {
            return;
        }
        List<Point2D> points = new ArrayList<>(edge.getWaypoints());
        if (index < 0) {
            if (model.distance(pressModel) * view.getZoom() < INSERT_AFTER_PIXELS) {
                return;
            }
            index = segmentNear(pressModel);
            points.add(index, model);
        }
        Point2D at = new Point2D(snap.applyAsDouble(model.getX()), snap.applyAsDouble(model.getY()));
        points.set(index, at);
        if (!points.equals(edge.getWaypoints())) {
            view.getDiagram().modeling().setWaypoints(edge, points, gesture);
        }
    }

    void release() {
        edge = null;
        index = -1;
    }

    /** Removes the bend point under a double-click; false if the click was not on one. */
    boolean doubleClick(Object hit) {
        if (!(hit instanceof BendHandle handle) || !editable(handle.edge())
                || handle.index() >= handle.edge().getWaypoints().size()) {
            return false;
        }
        List<Point2D> points = new ArrayList<>(handle.edge().getWaypoints());
        points.remove(handle.index());
        view.getDiagram().modeling().setWaypoints(handle.edge(), points);
        return true;
    }

    private boolean editable(DiagramEdge target) {
        return target != null && view.getDiagram().commandStack().canExecute(Modeling.WAYPOINTS,
                new UpdateWaypointsHandler.Context(target, target.getWaypoints(), 0));
    }

    private void start(DiagramEdge target, int waypoint, Point2D model) {
        edge = target;
        index = waypoint;
        pressModel = model;
        gesture = Modeling.newGesture();
    }

    /** The waypoint index a new bend point at the point gets: that of the nearest segment's end. */
    private int segmentNear(Point2D point) {
        List<Point2D> line = view.getDiagram().model().pointsOf(edge);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < line.size(); i++) {
            double distance = distanceToSegment(point, line.get(i), line.get(i + 1));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double length = ab.dotProduct(ab);
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / length));
        return p.distance(a.add(ab.multiply(t)));
    }
}
