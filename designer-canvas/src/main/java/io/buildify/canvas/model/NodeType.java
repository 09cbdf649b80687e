package io.buildify.canvas.model;

import javafx.scene.paint.Color;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of node supplied by the host application: how it looks (shape, colour, default size) and which ports
 * it offers. The canvas knows nothing else about it; {@code name} is the stable key used by the palette, the
 * clipboard and exports.
 */
public record NodeType(String name, String displayName, NodeShape shape, Color color,
                       double width, double height, List<PortSpec> ports) {
    public NodeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(color, "color");
        ports = List.copyOf(ports);
        if (name.isBlank()) {
            throw new IllegalArgumentException("node type name must not be blank");
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("node type '" + name + "': size must be positive, was "
                    + width + "x" + height);
        }
        Set<String> ids = new HashSet<>();
        for (PortSpec port : ports) {
            if (!ids.add(port.id())) {
                throw new IllegalArgumentException("node type '" + name + "': duplicate port '" + port.id() + "'");
            }
        }
    }

    public Optional<PortSpec> port(String portId) {
        return ports.stream().filter(p -> p.id().equals(portId)).findFirst();
    }
}
