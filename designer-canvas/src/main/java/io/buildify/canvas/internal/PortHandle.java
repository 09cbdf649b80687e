package io.buildify.canvas.internal;

import io.buildify.canvas.model.DiagramNode;
import io.buildify.canvas.model.PortRef;
import io.buildify.canvas.model.PortSpec;

/** What a port circle stands for, kept as its user data so input handling can find it under the mouse. */
public record PortHandle(DiagramNode node, PortSpec spec) {
    public PortRef ref() {
        return new PortRef(node.id(), spec.id());
    }
}
