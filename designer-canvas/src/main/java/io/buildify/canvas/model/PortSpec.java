package io.buildify.canvas.model;

import java.util.Objects;

/**
 * A connection point declared by a {@link NodeType}: on {@code side}, at {@code offset} (0..1) along that side.
 */
public record PortSpec(String id, PortSide side, double offset, PortDirection direction) {
    public PortSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(direction, "direction");
        if (id.isBlank()) {
            throw new IllegalArgumentException("port id must not be blank");
        }
        if (!(offset >= 0 && offset <= 1)) {
            throw new IllegalArgumentException("port '" + id + "': offset must be within 0..1, was " + offset);
        }
    }

    public static PortSpec in(String id, PortSide side) {
        return new PortSpec(id, side, 0.5, PortDirection.IN);
    }

    public static PortSpec out(String id, PortSide side) {
        return new PortSpec(id, side, 0.5, PortDirection.OUT);
    }
}
