package io.buildify.canvas.model;

import java.util.Objects;

/** One port of one node, by ids: an end of a {@link DiagramEdge}. */
public record PortRef(String nodeId, String portId) {
    public PortRef {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(portId, "portId");
    }

    @Override
    public String toString() {
        return nodeId + "." + portId;
    }
}
