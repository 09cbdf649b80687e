package io.buildify.core.model;

/** A bend point of a transition's line on the canvas, in canvas coordinates. */
public record Waypoint(double x, double y) {
    public Waypoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("waypoint coordinates must be finite numbers, were " + x + ", " + y);
        }
    }
}
