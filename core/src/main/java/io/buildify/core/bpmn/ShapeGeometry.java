package io.buildify.core.bpmn;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowState;

import java.util.List;

/**
 * Where a state's BPMN shape sits and where its edges meet it. A state's (x, y) is the top-left corner of its
 * shape; sizes are the ones BPMN modelers use (events 36×36, tasks 100×80, gateways 50×50), so the drawing opens
 * in them as it looks here. Edges run centre to centre, cut where they cross each outline (circle, rectangle or
 * diamond) so arrowheads touch the shapes.
 */
final class ShapeGeometry {
    record Point(double x, double y) {
    }

    record Bounds(double x, double y, double width, double height) {
        Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }
    }

    /** How far a self-loop reaches out of its state. */
    private static final double LOOP_REACH = 30;

    private ShapeGeometry() {
    }

    static Bounds bounds(WorkflowState state) {
        return switch (state.type()) {
            case START, END -> new Bounds(state.x(), state.y(), 36, 36);
            case TASK, APPROVAL -> new Bounds(state.x(), state.y(), 100, 80);
            case CONDITION -> new Bounds(state.x(), state.y(), 50, 50);
        };
    }

    /** Waypoints of an edge from one state to another (a loop back to the same state goes round its corner). */
    static List<Point> waypoints(WorkflowState from, WorkflowState to) {
        Bounds source = bounds(from);
        Bounds target = bounds(to);
        if (from.id().equals(to.id())) {
            double right = source.x() + source.width() + LOOP_REACH;
            double top = source.y() - LOOP_REACH;
            Point centre = source.centre();
            return List.of(new Point(source.x() + source.width(), centre.y()), new Point(right, centre.y()),
                    new Point(right, top), new Point(centre.x(), top), new Point(centre.x(), source.y()));
        }
        Point a = source.centre();
        Point b = target.centre();
        return List.of(outline(from.type(), source, b), outline(to.type(), target, a));
    }

    /**
     * Waypoints of an edge with bend points: from the source outline towards the first bend, through the bends, to
     * the target outline from the last bend. Without bends it is {@link #waypoints(WorkflowState, WorkflowState)}.
     */
    static List<Point> waypoints(WorkflowState from, WorkflowState to, List<Point> bends) {
        if (bends.isEmpty()) {
            return waypoints(from, to);
        }
        Bounds source = bounds(from);
        Bounds target = bounds(to);
        List<Point> points = new java.util.ArrayList<>();
        points.add(outline(from.type(), source, bends.get(0)));
        points.addAll(bends);
        points.add(outline(to.type(), target, bends.get(bends.size() - 1)));
        return points;
    }

    /** The bend points of an edge drawn through {@code points}: all but its two ends, unless it is the default route. */
    static List<Point> bends(WorkflowState from, WorkflowState to, List<Point> points) {
        if (points.size() <= 2 || points.equals(waypoints(from, to))) {
            return List.of();
        }
        return List.copyOf(points.subList(1, points.size() - 1));
    }

    /** The point where the line from the centre of {@code bounds} towards {@code toward} leaves the shape. */
    private static Point outline(StateType type, Bounds bounds, Point toward) {
        Point c = bounds.centre();
        double dx = toward.x() - c.x();
        double dy = toward.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double rx = bounds.width() / 2;
        double ry = bounds.height() / 2;
        double t = switch (type) {
            case START, END -> rx / Math.hypot(dx, dy);
            case CONDITION -> 1 / (Math.abs(dx) / rx + Math.abs(dy) / ry);
            case TASK, APPROVAL -> Math.min(dx == 0 ? Double.MAX_VALUE : rx / Math.abs(dx),
                    dy == 0 ? Double.MAX_VALUE : ry / Math.abs(dy));
        };
        t = Math.min(t, 1);
        return new Point(Math.round(c.x() + dx * t), Math.round(c.y() + dy * t));
    }
}
