package io.buildify.canvas;

import java.util.Objects;

/** A problem the host reports on a node or edge, shown as a badge with the message as tooltip. */
public record Marker(Severity severity, String message) {
    public enum Severity { ERROR, WARNING }

    public Marker {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Marker error(String message) {
        return new Marker(Severity.ERROR, message);
    }

    public static Marker warning(String message) {
        return new Marker(Severity.WARNING, message);
    }
}
