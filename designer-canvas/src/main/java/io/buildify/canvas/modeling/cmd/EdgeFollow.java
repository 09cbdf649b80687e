package io.buildify.canvas.modeling.cmd;

import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.List;

/**
 * How an edge's bend points follow when one of its ends moves, so an orthogonal route (what auto-layout makes)
 * stays orthogonal: the bend points next to the moving end shift across their segment — a horizontal first
 * segment takes the vertical part of the move, a vertical one the horizontal part — and the shift runs on along
 * collinear segments until the route turns. The turn absorbs the rest. A slanted end segment keeps its bend
 * points (the line just stretches).
 */
final class EdgeFollow {
    /** Coordinates closer than this count as equal (layout output is not always exactly axis-aligned). */
    private static final double EPSILON = 0.5;

    private EdgeFollow() {
    }

    /**
     * The new waypoints when the source end (or, with {@code fromSource} false, the target end) moves by
     * (dx, dy); {@code end} is that end's position before the move.
     */
    static List<Point2D> follow(List<Point2D> waypoints, Point2D end, boolean fromSource, double dx, double dy) {
        List<Point2D> points = new ArrayList<>(waypoints);
        int n = points.size();
        Point2D previous = end;
        for (int step = 0; step < n; step++) {
            int i = fromSource ? step : n - 1 - step;
            Point2D original = points.get(i);
            boolean horizontal = Math.abs(original.getY() - previous.getY()) < EPSILON;
            boolean vertical = Math.abs(original.getX() - previous.getX()) < EPSILON;
            if (horizontal && vertical) {
                points.set(i, original.add(dx, dy));
            } else if (horizontal) {
                points.set(i, original.add(0, dy));
            } else if (vertical) {
                points.set(i, original.add(dx, 0));
            } else {
                break;
            }
            if (step + 1 < n && !sameDirection(previous, original, points.get(fromSource ? i + 1 : i - 1))) {
                break;
            }
            previous = original;
        }
        return List.copyOf(points);
    }

    private static boolean sameDirection(Point2D a, Point2D b, Point2D c) {
        boolean firstHorizontal = Math.abs(a.getY() - b.getY()) < EPSILON;
        boolean secondHorizontal = Math.abs(b.getY() - c.getY()) < EPSILON;
        boolean firstVertical = Math.abs(a.getX() - b.getX()) < EPSILON;
        boolean secondVertical = Math.abs(b.getX() - c.getX()) < EPSILON;
        return (firstHorizontal && secondHorizontal) || (firstVertical && secondVertical);
    }
}
